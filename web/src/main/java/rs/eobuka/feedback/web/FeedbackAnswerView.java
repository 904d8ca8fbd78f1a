package rs.eobuka.feedback.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import rs.eobuka.feedback.AnswerService;
import rs.eobuka.feedback.FeedbackForm;
import rs.eobuka.feedback.Question;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.errors.GoneException;
import rs.eobuka.platform.errors.InvalidFieldsException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.web.FacesTexts;

/**
 * The questionnaire behind a one-use link, without signing in. Every question's answer is kept
 * in the view, so a refused submit shows what is missing beside each question and loses nothing.
 */
@Named
@ViewScoped
public class FeedbackAnswerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AnswerService answers;

    private String token;
    private FeedbackForm form;
    private final Map<Long, AnswerField> fields = new HashMap<>();
    private final Map<Long, String> errors = new HashMap<>();
    /** Why the questionnaire is not shown: a message key, or null. */
    private String unavailable;
    private boolean answered;

    public void load() {
        if (form != null || answered) {
            return;
        }
        try {
            form = answers.form(token, FacesTexts.language());
            for (Question question : form.questionnaire().getQuestions()) {
                fields.put(question.getId(), new AnswerField(question.getId()));
            }
        } catch (NotFoundException | GoneException e) {
            unavailable = e.messageKey();
        }
    }

    public void submit() {
        errors.clear();
        try {
            answers.submit(token, fields.values().stream().map(AnswerField::input).toList(), FacesTexts.language());
            answered = true;
        } catch (InvalidFieldsException e) {
            for (RuleViolationException refusal : e.refusals()) {
                if (refusal.field() != null && refusal.field().startsWith("q")) {
                    errors.put(Long.valueOf(refusal.field().substring(1)), FacesTexts.text(refusal.messageKey(), refusal.arguments()));
                }
            }
            FacesTexts.error("feedback.answer.fix", errors.size());
        } catch (ConflictException | GoneException | NotFoundException e) {
            unavailable = e.messageKey();
            form = null;
        } catch (DomainException e) {
            FacesTexts.error(e, "answerForm");
        }
    }

    /** The values of a scale, lowest first (1–5, or 0–10 for a recommendation). */
    public List<Integer> scale(Question question) {
        return IntStream.rangeClosed(question.getKind().lowest(), question.getKind().highest()).boxed().toList();
    }

    public String error(long questionId) {
        return errors.get(questionId);
    }

    public FeedbackForm getForm() { return form; }
    public Map<Long, AnswerField> getFields() { return fields; }
    public String getUnavailable() { return unavailable; }
    public boolean isAnswered() { return answered; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
