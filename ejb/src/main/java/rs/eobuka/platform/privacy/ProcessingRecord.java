package rs.eobuka.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The record of processing activities (ZZPL Art. 47), generated from the personal-data marks on
 * the persistence unit's entities: nothing in it is written by hand but the activities' texts.
 */
@ApplicationScoped
public class ProcessingRecord {

    @PersistenceUnit(unitName = "eobuka")
    EntityManagerFactory entityManagerFactory;

    private volatile PersonalDataRegistry registry;

    public PersonalDataRegistry registry() {
        PersonalDataRegistry built = registry;
        if (built == null) {
            List<Class<?>> entities = new ArrayList<>();
            for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
                entities.add(entity.getJavaType());
            }
            built = PersonalDataRegistry.of(entities);
            registry = built;
        }
        return built;
    }

    /** Every activity that keeps personal data, in the activities' order. */
    public List<ActivityRecord> activities() {
        return activities(registry());
    }

    static List<ActivityRecord> activities(PersonalDataRegistry registry) {
        List<ActivityRecord> records = new ArrayList<>();
        registry.byActivity().forEach((activity, entries) -> {
            Map<DataCategory, List<String>> byCategory = new EnumMap<>(DataCategory.class);
            for (PersonalColumnEntry entry : entries) {
                byCategory.computeIfAbsent(entry.category(), category -> new ArrayList<>()).add(entry.qualifiedName());
            }
            byCategory.replaceAll((category, columns) -> Collections.unmodifiableList(columns));
            records.add(new ActivityRecord(activity, Collections.unmodifiableMap(byCategory)));
        });
        return List.copyOf(records);
    }
}
