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

    static final String DEVICE_COOKIE = "eobuka-device";

    private String token;
    /** A Digital Corner's printed code, when the page was opened from it instead of an invitation. */
    private String code;
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
            form = code != null && !code.isBlank() ? answers.publicForm(code, FacesTexts.language()) : answers.form(token, FacesTexts.language());
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
            List<rs.eobuka.feedback.AnswerInput> inputs = fields.values().stream().map(AnswerField::input).toList();
            if (form.publicSurvey()) {
                answers.submitPublic(code, inputs, FacesTexts.language(), device(), request().getRemoteAddr());
            } else {
                answers.submit(token, inputs, FacesTexts.language());
            }
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

    /** The device's own random id, kept in a cookie, so a shared phone's hourly allowance is its own. */
    private static String device() {
        jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        Object cookie = external.getRequestCookieMap().get(DEVICE_COOKIE);
        if (cookie instanceof jakarta.servlet.http.Cookie known && known.getValue().matches("[0-9a-f-]{36}")) {
            return known.getValue();
        }
        String id = java.util.UUID.randomUUID().toString();
        external.addResponseCookie(DEVICE_COOKIE, id, java.util.Map.of("maxAge", 365 * 24 * 3600, "httpOnly", true,
                "path", external.getRequestContextPath() + "/feedback", "SameSite", "Lax"));
        return id;
    }

    private static jakarta.servlet.http.HttpServletRequest request() {
        return (jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest();
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
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
