package rs.eobuka.platform.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;

/**
 * Reads text fields of a request into typed values, collecting one error per bad field in the
 * caller's language, so the API answers 422 naming every refused field instead of a bare 400.
 */
public final class ApiInput {

    private final Language language;
    private final List<Problem.FieldError> errors = new java.util.ArrayList<>();

    public ApiInput(Language language) {
        this.language = language;
    }

    public LocalDateTime dateTime(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return refuse(field, "api.dateTime.invalid");
        }
    }

    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return refuse(field, "api.date.invalid");
        }
    }

    public <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return refuse(field, "api.value.invalid", String.join(", ", names(type)));
        }
    }

    public <E extends Enum<E>> Set<E> constants(String field, List<String> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                E constant = constant(field, value, type);
                if (constant != null) {
                    result.add(constant);
                }
            }
        }
        return result;
    }

    /** Adds an error for the field, unless it already has one (an unreadable date is not also "missing"). */
    public void add(String field, String message) {
        if (errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new Problem.FieldError(field, message));
        }
    }

    /** Adds an error for the field with the message of this key in the caller's language. */
    public void addMessage(String field, String key, Object... arguments) {
        refuse(field, key, arguments);
    }

    public List<Problem.FieldError> errors() {
        return errors.stream().sorted((a, b) -> a.field().compareTo(b.field())).toList();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** 422 with every refused field. */
    public jakarta.ws.rs.core.Response problem() {
        return Problem.response(422, "Unprocessable Content", Texts.message(language, "error.invalidInput"), errors());
    }

    private <T> T refuse(String field, String key, Object... arguments) {
        add(field, Texts.message(language, key, arguments));
        return null;
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
