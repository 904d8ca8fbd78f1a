package rs.eobuka.feedback;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import rs.eobuka.account.DemoAccounts;
import rs.eobuka.caravan.CaravanEvent;
import rs.eobuka.platform.i18n.Language;

/**
 * Demo mode only: the held caravan stop in Čačak has its Digital Corner's public survey with
 * two dozen answers from the day, so the evaluator's surveys and results pages have figures on
 * first run. Answers are written as the public page writes them (flagged public, no respondent).
 */
@Singleton
@Startup
@DependsOn("DemoCaravan")
public class DemoFeedback {

    private static final Logger LOG = Logger.getLogger(DemoFeedback.class.getName());
    private static final int ANSWERS = 24;

    @PersistenceContext
    EntityManager em;

    @Inject
    SurveyService surveys;

    @Inject
    SurveyTally tally;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        if (!DemoAccounts.enabled() || surveys.count() > 0) {
            return;
        }
        CaravanEvent held = em.createQuery("select e from CaravanEvent e where e.title = :title", CaravanEvent.class)
                .setParameter("title", "Digitalni karavan u Čačku").getResultStream().findFirst().orElse(null);
        if (held == null) {
            return;
        }
        FeedbackSurvey survey = surveys.start(SurveyTarget.caravanEvent(held.getId()), SurveyAudience.PUBLIC, null, null, DemoAccounts.REVIEWER);
        List<Question> questions = survey.getQuestionnaire().getQuestions();
        for (int i = 0; i < ANSWERS; i++) {
            Language language = i % 5 == 0 ? Language.SR_CYRL : Language.SR_LATN;
            FeedbackResponse response = new FeedbackResponse(survey, held.getDay(), language.tag(), true, null);
            List<AnswerInput> inputs = new ArrayList<>();
            for (Question question : questions) {
                // most were helped and would try alone; a few were not, and some gave no age
                int option = switch (question.getMeasure() == null ? QuestionMeasure.AGE_BAND : question.getMeasure()) {
                    case PROBLEM_SOLVED -> i % 8 == 7 ? 2 : i % 6 == 5 ? 1 : 0;
                    case WOULD_USE_ALONE -> i % 4 == 3 ? 1 : i % 9 == 8 ? 2 : 0;
                    default -> i % 3 == 0 ? -1 : (i * 7) % question.getOptions().size();
                };
                if (option >= 0 && option < question.getOptions().size()) {
                    inputs.add(new AnswerInput(question.getId(), null, List.of(question.getOptions().get(option).getId()), null));
                }
            }
            AnswerSheet.fill(response, survey.getQuestionnaire(), inputs);
            em.persist(response);
            tally.answered(response, false);
        }
        LOG.info(() -> "Demo feedback: the Digital Corner survey in Čačak with " + ANSWERS + " answers");
    }
}
