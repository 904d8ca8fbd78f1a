package rs.eobuka.workshop.process;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rs.eobuka.booking.DateWindow;
import rs.eobuka.platform.errors.InvalidFieldsException;
import rs.eobuka.platform.errors.RuleViolationException;

/**
 * Reads the fields of a workshop task decision from its JSON body, collecting one refusal per bad
 * field, so the caller hears of every bad field at once ({@link #requireValid}).
 */
final class WorkshopPayload {

    private final JsonObject body;
    private final List<RuleViolationException> refusals = new ArrayList<>();

    WorkshopPayload(JsonObject body) {
        this.body = body;
    }

    LocalDateTime dateTime(String field, boolean required) {
        String text = text(field);
        if (text == null) {
            return required ? refuse(field, "workshop.field.required") : null;
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return refuse(field, "api.dateTime.invalid");
        }
    }

    Long id(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        return refuse(field, "workshop.field.id");
    }

    Set<Long> ids(String field) {
        Set<Long> ids = new LinkedHashSet<>();
        JsonArray array = array(field);
        if (array != null) {
            for (JsonValue value : array) {
                if (value instanceof JsonNumber number && number.isIntegral()) {
                    ids.add(number.longValue());
                } else {
                    refuse(field, "workshop.field.id");
                    return Set.of();
                }
            }
        }
        return ids;
    }

    List<DateWindow> windows(String field) {
        List<DateWindow> windows = new ArrayList<>();
        JsonArray array = array(field);
        if (array == null) {
            return windows;
        }
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject window) || !(window.get("from") instanceof JsonString from)
                    || !(window.get("to") instanceof JsonString to)) {
                refuse(field, "workshop.windows.invalid");
                return List.of();
            }
            try {
                LocalDate start = LocalDate.parse(from.getString().strip());
                LocalDate end = LocalDate.parse(to.getString().strip());
                if (end.isBefore(start)) {
                    refuse(field, "workshop.windows.invalid");
                    return List.of();
                }
                windows.add(new DateWindow(start, end));
            } catch (DateTimeParseException e) {
                refuse(field, "workshop.windows.invalid");
                return List.of();
            }
        }
        return windows;
    }

    <E extends Enum<E>> Set<E> constants(String field, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        JsonArray array = array(field);
        if (array != null) {
            for (JsonValue value : array) {
                try {
                    result.add(Enum.valueOf(type, ((JsonString) value).getString().strip().toUpperCase(Locale.ROOT)));
                } catch (ClassCastException | IllegalArgumentException e) {
                    refuse(field, "api.value.invalid", String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                    return EnumSet.noneOf(type);
                }
            }
        }
        return result;
    }

    String text(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString().isBlank() ? null : string.getString();
        }
        return refuse(field, "api.text.invalid");
    }

    /** Refuses the field unless another refusal already names it. */
    <T> T refuse(String field, String messageKey, Object... arguments) {
        if (refusals.stream().noneMatch(r -> r.field().equals(field))) {
            refusals.add(new RuleViolationException(field, messageKey, arguments));
        }
        return null;
    }

    /** Throws every refusal collected so far. */
    void requireValid() {
        if (!refusals.isEmpty()) {
            throw new InvalidFieldsException(refusals);
        }
    }

    private JsonArray array(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        refuse(field, "workshop.field.list");
        return null;
    }
}
