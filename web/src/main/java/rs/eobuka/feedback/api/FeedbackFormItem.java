package rs.eobuka.feedback.api;

import java.time.LocalDateTime;
import java.util.List;
import rs.eobuka.feedback.FeedbackForm;
import rs.eobuka.feedback.Question;
import rs.eobuka.platform.i18n.Language;

/** A questionnaire as a respondent reads it, in one language. */
public record FeedbackFormItem(long surveyId, String title, String questionnaire, LocalDateTime deadline, boolean anonymous,
                               String language, List<QuestionItem> questions) {

    /** {@code min} and {@code max} bound a scale's value; a choice lists its options. */
    public record QuestionItem(long id, String kind, boolean required, String text, String lowLabel, String highLabel,
                               Integer min, Integer max, List<OptionItem> options) {
    }

    public record OptionItem(long id, String text) {
    }

    static FeedbackFormItem of(FeedbackForm form, Language language) {
        return new FeedbackFormItem(form.surveyId(), form.title(), form.questionnaire().getName().in(language), form.deadline(),
                form.anonymous(), language.tag(), form.questionnaire().getQuestions().stream().map(q -> question(q, language)).toList());
    }

    private static QuestionItem question(Question question, Language language) {
        boolean scale = question.getKind().isScale();
        return new QuestionItem(question.getId(), question.getKind().name(), question.isRequired(), question.getText().in(language),
                scale ? question.getLowLabel().in(language) : null, scale ? question.getHighLabel().in(language) : null,
                scale ? question.getKind().lowest() : null, scale ? question.getKind().highest() : null,
                question.getOptions().stream().map(o -> new OptionItem(o.getId(), o.getText().in(language))).toList());
    }
}
