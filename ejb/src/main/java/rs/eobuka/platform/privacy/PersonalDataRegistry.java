package rs.eobuka.platform.privacy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The registry of personal data: every column marked {@link PersonalData} or
 * {@link PersonalColumn} on the given entity classes, and the look-alike columns declared
 * {@link NotPersonalData}. Column names are the database's, lower case.
 */
public final class PersonalDataRegistry {

    /** Words of a column name that suggest it is about a person (a name, an e-mail, a phone, an address, an IP, an account). */
    private static final Set<String> PERSONAL_WORDS = Set.of("name", "username", "email", "mail", "phone", "address", "ip",
            "recipient", "contact", "author", "actor", "viewer", "voter", "entrant", "requester", "respondent", "juror", "client", "account");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("_");

    private final List<PersonalColumnEntry> entries;
    private final Map<String, String> notPersonal;

    private PersonalDataRegistry(List<PersonalColumnEntry> entries, Map<String, String> notPersonal) {
        this.entries = entries;
        this.notPersonal = notPersonal;
    }

    public static PersonalDataRegistry of(Collection<Class<?>> entityClasses) {
        List<PersonalColumnEntry> entries = new ArrayList<>();
        Map<String, String> notPersonal = new TreeMap<>();
        for (Class<?> entity : entityClasses) {
            String table = tableOf(entity);
            for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    PersonalData mark = field.getAnnotation(PersonalData.class);
                    if (mark != null) {
                        CollectionTable collection = field.getAnnotation(CollectionTable.class);
                        String fieldTable = collection == null || collection.name().isEmpty() ? table : lower(collection.name());
                        entries.add(new PersonalColumnEntry(fieldTable, columnOf(field), mark.activity(), mark.category(), mark.key()));
                    }
                }
            }
            for (PersonalColumn column : entity.getAnnotationsByType(PersonalColumn.class)) {
                entries.add(new PersonalColumnEntry(lower(column.table()), lower(column.column()), column.activity(), column.category(),
                        column.key()));
            }
            for (NotPersonalData declared : entity.getAnnotationsByType(NotPersonalData.class)) {
                String declaredTable = declared.table().isEmpty() ? table : lower(declared.table());
                for (String column : declared.columns()) {
                    notPersonal.put(declaredTable + "." + lower(column), declared.why());
                }
            }
        }
        entries.sort(Comparator.comparing(PersonalColumnEntry::qualifiedName));
        return new PersonalDataRegistry(List.copyOf(entries), Map.copyOf(notPersonal));
    }

    /** Whether a column's name suggests personal data, so that the registry must say what it is. */
    public static boolean looksPersonal(String column) {
        String[] words = WORD_SEPARATOR.split(lower(column));
        for (String word : words) {
            if (PERSONAL_WORDS.contains(word)) {
                return true;
            }
        }
        return "by".equals(words[words.length - 1]);
    }

    public List<PersonalColumnEntry> entries() {
        return entries;
    }

    /** The look-alike columns and why each holds no personal data, by {@code table.column}. */
    public Map<String, String> notPersonal() {
        return notPersonal;
    }

    /** Whether the registry has looked at the column: marked personal, or declared not. */
    public boolean accountsFor(String table, String column) {
        String qualified = lower(table) + "." + lower(column);
        return notPersonal.containsKey(qualified) || entries.stream().anyMatch(entry -> entry.qualifiedName().equals(qualified));
    }

    /** The entries grouped by activity, in the activities' order. */
    public Map<ProcessingActivity, List<PersonalColumnEntry>> byActivity() {
        Map<ProcessingActivity, List<PersonalColumnEntry>> grouped = new EnumMap<>(ProcessingActivity.class);
        for (PersonalColumnEntry entry : entries) {
            grouped.computeIfAbsent(entry.activity(), activity -> new ArrayList<>()).add(entry);
        }
        return grouped;
    }

    private static String tableOf(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        return table == null || table.name().isEmpty() ? lower(entity.getSimpleName()) : lower(table.name());
    }

    private static String columnOf(Field field) {
        Column column = field.getAnnotation(Column.class);
        if (column != null && !column.name().isEmpty()) {
            return lower(column.name());
        }
        JoinColumn join = field.getAnnotation(JoinColumn.class);
        if (join != null && !join.name().isEmpty()) {
            return lower(join.name());
        }
        return lower(field.getName());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
