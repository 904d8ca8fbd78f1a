package rs.eobuka.feedback;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.errors.InvalidFieldsException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.LocalizedText;

/** A questionnaire is complete in all three languages before anyone is asked it. */
class QuestionnaireRulesTest {

    private static final LocalizedText FULL = new LocalizedText("Pitanje", "Питање", "Question");
    private static final LocalizedText NO_ENGLISH = new LocalizedText("Pitanje", "Питање", " ");

    @Test
    void shouldAcceptAScaleWithLabelledEndsAndAChoiceOfTwo() {
        assertThatCode(() -> QuestionnaireService.check(FULL, List.of(
                new QuestionDraft(QuestionKind.RATING, true, null, FULL, FULL, FULL, null),
                new QuestionDraft(QuestionKind.SINGLE, true, null, FULL, null, null,
                        List.of(new QuestionDraft.OptionDraft("Y", FULL), new QuestionDraft.OptionDraft("N", FULL))))))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldNameEveryMissingTranslationAndBadChoice() {
        assertThatThrownBy(() -> QuestionnaireService.check(NO_ENGLISH, List.of(
                new QuestionDraft(QuestionKind.RATING, true, null, NO_ENGLISH, FULL, null, null),
                new QuestionDraft(QuestionKind.MULTIPLE, true, null, FULL, null, null,
                        List.of(new QuestionDraft.OptionDraft("A", FULL), new QuestionDraft.OptionDraft("A", FULL))))))
                .isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidFieldsException) e).refusals())
                        .extracting(RuleViolationException::field)
                        .containsExactlyInAnyOrder("name", "questions[0].text", "questions[0].labels", "questions[1].options"));
    }

    @Test
    void shouldRefuseAnEmptyQuestionnaire() {
        assertThatThrownBy(() -> QuestionnaireService.check(FULL, List.of()))
                .isInstanceOf(InvalidFieldsException.class);
    }
}
