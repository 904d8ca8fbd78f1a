package rs.eobuka.feedback;

import java.util.List;

/**
 * One question's answer as a form or the API sends it: a number ({@code value}) for a scale, option
 * ids ({@code values}) for a choice (one for a single choice), or a {@code text}.
 */
public record AnswerInput(Long questionId, Integer value, List<Long> values, String text) {

    public List<Long> values() {
        return values == null ? List.of() : values;
    }

    boolean isEmpty() {
        return value == null && values().isEmpty() && (text == null || text.isBlank());
    }
}
