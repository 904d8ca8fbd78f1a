package rs.eobuka.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.errors.InvalidFieldsException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.LocalizedText;

/** Answers are checked against the very questions asked, every refusal named by its question. */
class AnswerSheetTest {

    private static final LocalizedText T = new LocalizedText("a", "а", "a");
    private static final SurveyPlace PLACE = new SurveyPlace(1L, "70173", LocalDate.of(2026, 12, 1));

    private Questionnaire questionnaire;
    private FeedbackResponse response;

    @BeforeEach
    void questionnaire() throws Exception {
        questionnaire = new Questionnaire("test", 1, QuestionnairePurpose.PARTICIPANT, T, "eva", Instant.now());
        questionnaire.setQuestions(T, List.of(
                new QuestionDraft(QuestionKind.RATING, true, QuestionMeasure.SATISFACTION, T, T, T, null),
                new QuestionDraft(QuestionKind.RECOMMEND, false, QuestionMeasure.RECOMMEND, T, T, T, null),
                new QuestionDraft(QuestionKind.SINGLE, false, null, T, null, null,
                        List.of(new QuestionDraft.OptionDraft("YES", T), new QuestionDraft.OptionDraft("NO", T))),
                new QuestionDraft(QuestionKind.MULTIPLE, false, null, T, null, null,
                        List.of(new QuestionDraft.OptionDraft("A", T), new QuestionDraft.OptionDraft("B", T))),
                new QuestionDraft(QuestionKind.TEXT, false, QuestionMeasure.IMPROVE, T, null, null, null)));
        long id = 10;
        for (Question question : questionnaire.getQuestions()) {
            setId(question, id++);
            for (QuestionOption option : question.getOptions()) {
                setId(option, id++);
            }
        }
        FeedbackSurvey survey = new FeedbackSurvey(SurveyTarget.session(1), SurveyAudience.PARTICIPANTS, questionnaire,
                new SurveySettings(LocalDateTime.now().plusDays(14), 3, 7, true), "system", LocalDateTime.now(), PLACE);
        setId(survey, 1L);
        setId(questionnaire, 5L);
        response = new FeedbackResponse(survey, LocalDate.now(), "sr-Latn", false, 99L);
    }

    @Test
    void shouldWriteOneRowPerValueAndOnePerChosenOption() {
        AnswerSheet.fill(response, questionnaire, List.of(
                new AnswerInput(10L, 4, null, null),
                new AnswerInput(11L, 0, null, null),
                new AnswerInput(12L, null, List.of(13L), null),
                new AnswerInput(15L, null, List.of(16L, 17L), null),
                new AnswerInput(18L, null, null, "  More practice  ")));

        assertThat(response.getAnswers()).extracting(FeedbackAnswer::getQuestionId, FeedbackAnswer::getNumberValue,
                        FeedbackAnswer::getOptionId, FeedbackAnswer::getTextValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(10L, 4, null, null),
                        org.assertj.core.groups.Tuple.tuple(11L, 0, null, null),
                        org.assertj.core.groups.Tuple.tuple(12L, null, 13L, null),
                        org.assertj.core.groups.Tuple.tuple(15L, null, 16L, null),
                        org.assertj.core.groups.Tuple.tuple(15L, null, 17L, null),
                        org.assertj.core.groups.Tuple.tuple(18L, null, null, "More practice"));
        // an anonymous survey keeps no respondent, whatever the caller passed
        assertThat(response.getRespondentAccountId()).isNull();
    }

    @Test
    void shouldNameEveryWrongQuestionAndStoreNothing() {
        assertThatThrownBy(() -> AnswerSheet.fill(response, questionnaire, List.of(
                new AnswerInput(11L, 11, null, null),
                new AnswerInput(12L, null, List.of(13L, 14L), null),
                new AnswerInput(15L, null, List.of(13L), null),
                new AnswerInput(99L, 3, null, null))))
                .isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(((InvalidFieldsException) e).refusals())
                        .extracting(RuleViolationException::field, RuleViolationException::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("q99", "feedback.answer.unknownQuestion"),
                                org.assertj.core.groups.Tuple.tuple("q10", "feedback.answer.required"),
                                org.assertj.core.groups.Tuple.tuple("q11", "feedback.answer.scale"),
                                org.assertj.core.groups.Tuple.tuple("q12", "feedback.answer.oneOption"),
                                org.assertj.core.groups.Tuple.tuple("q15", "feedback.answer.option")));
        assertThat(response.getAnswers()).isEmpty();
    }

    @Test
    void shouldRefuseARatingOutsideOneToFiveAndTooLongText() {
        assertThatThrownBy(() -> AnswerSheet.fill(response, questionnaire, List.of(
                new AnswerInput(10L, 0, null, null),
                new AnswerInput(18L, null, null, "x".repeat(AnswerSheet.MAX_TEXT + 1)))))
                .isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(((InvalidFieldsException) e).refusals())
                        .extracting(RuleViolationException::field).containsExactlyInAnyOrder("q10", "q18"));
    }

    @Test
    void shouldKeepTheRespondentOnlyInANamedSurvey() throws Exception {
        FeedbackSurvey named = new FeedbackSurvey(SurveyTarget.session(2), SurveyAudience.PARTICIPANTS, questionnaire,
                new SurveySettings(LocalDateTime.now().plusDays(14), 3, 7, false), "eva", LocalDateTime.now(), PLACE);
        setId(named, 2L);

        assertThat(new FeedbackResponse(named, LocalDate.now(), "en", false, 99L).getRespondentAccountId()).isEqualTo(99L);
    }

    @Test
    void shouldNotRemindAfterTheDeadline() {
        LocalDateTime opened = LocalDateTime.of(2026, 12, 1, 10, 0);
        FeedbackSurvey shortOne = new FeedbackSurvey(SurveyTarget.session(3), SurveyAudience.PARTICIPANTS, questionnaire,
                new SurveySettings(opened.plusDays(5), 3, 7, true), "eva", opened, PLACE);

        assertThat(shortOne.reminderAt(1)).isEqualTo(opened.plusDays(3));
        assertThat(shortOne.reminderAt(2)).isEqualTo(opened.plusDays(5));
    }

    private static void setId(Object entity, long id) throws Exception {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
