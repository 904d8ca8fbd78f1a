package rs.eobuka.feedback.api;

import java.time.Instant;
import java.util.List;
import rs.eobuka.feedback.Question;
import rs.eobuka.feedback.QuestionOption;
import rs.eobuka.feedback.Questionnaire;

/** A questionnaire version with every text in the three languages, for evaluators. */
public record QuestionnaireItem(long id, String code, int version, String purpose, TextBody name, boolean inUse,
                                String createdBy, Instant createdAt, List<QuestionItem> questions) {

    public record QuestionItem(long id, int position, String kind, String measure, boolean required, TextBody text,
                               TextBody lowLabel, TextBody highLabel, List<OptionItem> options) {
    }

    public record OptionItem(long id, String code, TextBody text) {
    }

    static QuestionnaireItem of(Questionnaire questionnaire, boolean inUse) {
        return new QuestionnaireItem(questionnaire.getId(), questionnaire.getCode(), questionnaire.getVersion(),
                questionnaire.getPurpose().name(), TextBody.of(questionnaire.getName()), inUse, questionnaire.getCreatedBy(),
                questionnaire.getCreatedAt(), questionnaire.getQuestions().stream().map(QuestionnaireItem::question).toList());
    }

    private static QuestionItem question(Question question) {
        return new QuestionItem(question.getId(), question.getPosition(), question.getKind().name(),
                question.getMeasure() == null ? null : question.getMeasure().name(), question.isRequired(),
                TextBody.of(question.getText()), TextBody.of(question.getLowLabel()), TextBody.of(question.getHighLabel()),
                question.getOptions().stream().map(QuestionnaireItem::option).toList());
    }

    private static OptionItem option(QuestionOption option) {
        return new OptionItem(option.getId(), option.getCode(), TextBody.of(option.getText()));
    }
}
