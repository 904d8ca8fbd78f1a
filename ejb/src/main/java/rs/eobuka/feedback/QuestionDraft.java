package rs.eobuka.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import rs.eobuka.platform.i18n.LocalizedText;

/**
 * A question as an evaluator writes it: its kind, whether it must be answered, what it
 * measures (optional), its text, the labels of a scale's two ends, and a choice's options.
 */
public record QuestionDraft(@NotNull QuestionKind kind, boolean required, QuestionMeasure measure,
                            @NotNull LocalizedText text, LocalizedText lowLabel, LocalizedText highLabel,
                            @Valid @Size(max = 20) List<OptionDraft> options) {

    /** An option of a single or multiple choice: a code stable across versions, and its text. */
    public record OptionDraft(@NotNull @Size(min = 1, max = 40) String code, @NotNull LocalizedText text) {
    }

    public List<OptionDraft> options() {
        return options == null ? List.of() : options;
    }
}
