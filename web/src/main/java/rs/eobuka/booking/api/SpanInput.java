package rs.eobuka.booking.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;

/**
 * The {@code from}/{@code to} of a calendar query: a day ({@code 2026-03-02}, {@code to} then
 * includes that whole day) or a local time in Serbia ({@code 2026-03-02T09:00}); both required.
 */
final class SpanInput {

    private SpanInput() {
    }

    static LocalDateTime from(ApiInput input, String value) {
        return read(input, "from", value, false);
    }

    static LocalDateTime to(ApiInput input, String value) {
        return read(input, "to", value, true);
    }

    private static LocalDateTime read(ApiInput input, String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            input.addMessage(field, "api.dateTime.invalid");
            return null;
        }
        String text = value.strip();
        if (text.length() == 10) {
            try {
                LocalDate day = LocalDate.parse(text);
                return endOfDay ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
            } catch (DateTimeParseException e) {
                input.addMessage(field, "api.date.invalid");
                return null;
            }
        }
        return input.dateTime(field, text);
    }

    /** Adds an error on {@code to} unless it comes after {@code from}, and keeps a span to at most 400 days. */
    static void requireOrdered(ApiInput input, LocalDateTime from, LocalDateTime to) {
        if (from != null && to != null && (!to.isAfter(from) || to.isAfter(from.plusDays(400)))) {
            input.addMessage("to", "booking.span.invalid");
        }
    }

    /** 200 with what the query finds in the span, or 422 naming {@code from} or {@code to}. */
    static Response answer(HttpHeaders headers, String from, String to, BiFunction<LocalDateTime, LocalDateTime, Object> query) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        LocalDateTime start = from(input, from);
        LocalDateTime end = to(input, to);
        requireOrdered(input, start, end);
        if (input.hasErrors()) {
            return input.problem();
        }
        return Response.ok(query.apply(start, end)).build();
    }
}
