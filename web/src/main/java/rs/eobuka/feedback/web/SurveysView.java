package rs.eobuka.feedback.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.feedback.FeedbackSurvey;
import rs.eobuka.feedback.Questionnaire;
import rs.eobuka.feedback.QuestionnaireService;
import rs.eobuka.feedback.SurveyAudience;
import rs.eobuka.feedback.SurveyCandidate;
import rs.eobuka.feedback.SurveyService;
import rs.eobuka.feedback.SurveySettings;
import rs.eobuka.feedback.SurveyStatistics;
import rs.eobuka.feedback.SurveyTarget;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.platform.web.PagedModel;

/**
 * The evaluator's surveys: every survey with its response rate, newest first, and a survey
 * started by hand for something held that has none (the questionnaire, deadline and anonymity
 * chosen, or the defaults).
 */
@Named
@ViewScoped
public class SurveysView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CANDIDATES = 50;

    @Inject
    transient SurveyService surveys;

    @Inject
    transient QuestionnaireService questionnaires;

    @Inject
    transient CurrentUser user;

    private LazyDataModel<FeedbackSurvey> all;
    private transient Map<Long, SurveyStatistics> statistics;
    private List<SurveyCandidate> candidates;
    private String target;
    private Long questionnaireId;
    private LocalDateTime deadline;
    private boolean anonymous = true;

    @PostConstruct
    void init() {
        all = new PagedModel<>(surveys::count, (first, max) -> {
            List<FeedbackSurvey> page = surveys.list(first, max);
            statistics = surveys.statistics(page.stream().map(FeedbackSurvey::getId).toList());
            return page;
        }, s -> String.valueOf(s.getId()));
        candidates = surveys.candidates(FacesTexts.language(), CANDIDATES);
        deadline = SurveySettings.defaults(SerbianTime.now()).deadline().withSecond(0).withNano(0);
    }

    public void start() {
        SurveyTarget chosen = SurveyCandidate.parse(target);
        if (chosen == null) {
            FacesTexts.error("feedback.surveys.chooseTarget");
            return;
        }
        try {
            SurveySettings settings = SurveySettings.defaults(SerbianTime.now()).withDeadline(deadline).withAnonymous(anonymous);
            FeedbackSurvey survey = surveys.start(chosen, SurveyService.audienceOf(chosen), questionnaireId, settings, user.getUsername());
            FacesTexts.info("feedback.surveys.started", surveys.title(survey, FacesTexts.language()));
            candidates = surveys.candidates(FacesTexts.language(), CANDIDATES);
            target = null;
            questionnaireId = null;
        } catch (DomainException e) {
            FacesTexts.error(e, "startForm");
        }
    }

    /** The questionnaires that fit the chosen target's audience; all when none is chosen yet. */
    public List<Questionnaire> getQuestionnaireChoices() {
        SurveyTarget chosen = SurveyCandidate.parse(target);
        List<Questionnaire> current = questionnaires.current();
        if (chosen == null) {
            return current;
        }
        SurveyAudience audience = SurveyService.audienceOf(chosen);
        return current.stream().filter(q -> q.getPurpose() == audience.purpose()).toList();
    }

    public String title(FeedbackSurvey survey) {
        return surveys.title(survey, FacesTexts.language());
    }

    public SurveyStatistics statistics(FeedbackSurvey survey) {
        if (statistics == null || !statistics.containsKey(survey.getId())) {
            statistics = surveys.statistics(List.of(survey.getId()));
        }
        return statistics.get(survey.getId());
    }

    public LazyDataModel<FeedbackSurvey> getAll() { return all; }
    public List<SurveyCandidate> getCandidates() { return candidates; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public Long getQuestionnaireId() { return questionnaireId; }
    public void setQuestionnaireId(Long questionnaireId) { this.questionnaireId = questionnaireId; }
    public LocalDateTime getDeadline() { return deadline; }
    public void setDeadline(LocalDateTime deadline) { this.deadline = deadline; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
}
