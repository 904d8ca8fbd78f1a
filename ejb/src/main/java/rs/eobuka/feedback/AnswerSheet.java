package rs.eobuka.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rs.eobuka.platform.errors.InvalidFieldsException;
import rs.eobuka.platform.errors.RuleViolationException;

/**
 * Checks a set of answers against the questionnaire that was asked and writes them into a
 * response: every refusal is collected and named by its question ({@code q<id>}), so that the
 * respondent fixes them all at once and nothing is stored until all are right.
 */
final class AnswerSheet {

    static final int MAX_TEXT = 2000;

    private AnswerSheet() {
    }

    static void fill(FeedbackResponse response, Questionnaire questionnaire, List<AnswerInput> inputs) {
        Map<Long, AnswerInput> byQuestion = new HashMap<>();
        List<RuleViolationException> refusals = new ArrayList<>();
        for (AnswerInput input : inputs == null ? List.<AnswerInput>of() : inputs) {
            if (input == null || input.questionId() == null
                    || questionnaire.getQuestions().stream().noneMatch(q -> q.getId().equals(input.questionId()))) {
                refusals.add(new RuleViolationException(input == null || input.questionId() == null ? "answers"
                        : field(input.questionId()), "feedback.answer.unknownQuestion"));
            } else if (byQuestion.put(input.questionId(), input) != null) {
                refusals.add(new RuleViolationException(field(input.questionId()), "feedback.answer.twice"));
            }
        }
        for (Question question : questionnaire.getQuestions()) {
            AnswerInput input = byQuestion.get(question.getId());
            if (input == null || input.isEmpty()) {
                if (question.isRequired()) {
                    refusals.add(new RuleViolationException(field(question.getId()), "feedback.answer.required"));
                }
                continue;
            }
            RuleViolationException refusal = check(question, input);
            if (refusal != null) {
                refusals.add(refusal);
            }
        }
        if (!refusals.isEmpty()) {
            throw new InvalidFieldsException(refusals);
        }
        for (Question question : questionnaire.getQuestions()) {
            AnswerInput input = byQuestion.get(question.getId());
            if (input != null && !input.isEmpty()) {
                write(response, question, input);
            }
        }
    }

    static String field(long questionId) {
        return "q" + questionId;
    }

    private static RuleViolationException check(Question question, AnswerInput input) {
        String field = field(question.getId());
        QuestionKind kind = question.getKind();
        if (kind.isScale()) {
            if (input.value() == null || input.value() < kind.lowest() || input.value() > kind.highest()) {
                return new RuleViolationException(field, "feedback.answer.scale", kind.lowest(), kind.highest());
            }
        } else if (kind.hasOptions()) {
            Set<Long> chosen = new LinkedHashSet<>(input.values());
            if (chosen.isEmpty() || chosen.contains(null) || chosen.stream().anyMatch(id -> question.option(id).isEmpty())) {
                return new RuleViolationException(field, "feedback.answer.option");
            }
            if (kind == QuestionKind.SINGLE && chosen.size() > 1) {
                return new RuleViolationException(field, "feedback.answer.oneOption");
            }
        } else if (input.text() == null || input.text().isBlank()) {
            return new RuleViolationException(field, "feedback.answer.text");
        } else if (input.text().length() > MAX_TEXT) {
            return new RuleViolationException(field, "feedback.answer.tooLong", MAX_TEXT);
        }
        return null;
    }

    private static void write(FeedbackResponse response, Question question, AnswerInput input) {
        if (question.getKind().isScale()) {
            response.add(question, null, input.value(), null);
        } else if (question.getKind().hasOptions()) {
            new LinkedHashSet<>(input.values()).forEach(option -> response.add(question, option, null, null));
        } else {
            response.add(question, null, null, input.text().strip());
        }
    }
}
