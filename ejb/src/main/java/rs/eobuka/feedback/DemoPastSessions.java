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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import rs.eobuka.account.Account;
import rs.eobuka.account.DemoAccounts;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.registration.Registration;
import rs.eobuka.session.SessionPlan;
import rs.eobuka.session.Topic;
import rs.eobuka.session.Training;
import rs.eobuka.session.TrainingSession;

/**
 * Demo mode only: the programme's last months as history, so that results, the map and reports
 * have figures on first run. Sessions held across Serbia, each with officials of its LSGU and its
 * district marked present (a few absent), and its closed participants' survey with the answers of
 * about two in three. History is written as it stands after the fact: no process runs for it and
 * nobody is mailed. The alumni accounts have no password and cannot sign in.
 */
@Singleton
@Startup
@DependsOn({"DemoCatalogue", "DemoFeedback"})
public class DemoPastSessions {

    private static final Logger LOG = Logger.getLogger(DemoPastSessions.class.getName());
    private static final String ALUMNI = "alumni.";

    /** A session held {@code daysAgo} days ago; {@code mood} (1–5) colours its ratings. */
    record Held(Topic topic, String lsguCode, String venue, int daysAgo, int present, int absent, int mood) {
    }

    static final List<Held> HISTORY = List.of(
            new Held(Topic.ELECTRONIC_OFFICE, "70645", "Gradska uprava Kragujevac, velika sala", 200, 18, 2, 5),
            new Held(Topic.INFORMATION_SECURITY, "71242", "Gradska kuća Čačak, sala Skupštine", 185, 14, 1, 4),
            new Held(Topic.E_INVOICING, "89010", "Gradska kuća Novi Sad, plava sala", 170, 20, 3, 4),
            new Held(Topic.E_SICK_LEAVE, "79022", "Gradska uprava Niš, sala 1", 150, 16, 2, 5),
            new Held(Topic.E_PAY, "71269", "Gradska uprava Šabac, mala sala", 135, 12, 1, 3),
            new Held(Topic.ELECTRONIC_OFFICE, "80438", "Gradska kuća Subotica, sala 2", 120, 15, 2, 4),
            new Held(Topic.URNTR, "70653", "Gradska uprava Kraljevo", 105, 10, 1, 4),
            new Held(Topic.INFORMATION_SECURITY, "70360", "Gradska uprava Valjevo, sala za sastanke", 95, 11, 0, 3),
            new Held(Topic.E_SICK_LEAVE, "80152", "Gradska kuća Zrenjanin", 80, 13, 2, 5),
            new Held(Topic.E_PAY, "70726", "Gradska uprava Leskovac", 70, 9, 1, 4),
            new Held(Topic.CIVIL_SOCIETY, "70939", "Dom kulture Pirot", 60, 8, 1, 5),
            new Held(Topic.E_INVOICING, "71099", "Gradska uprava Smederevo", 50, 12, 2, 3),
            new Held(Topic.ELECTRONIC_OFFICE, "70556", "Gradska uprava Zaječar", 40, 10, 1, 4),
            new Held(Topic.URNTR, "70874", "Gradska uprava Novi Pazar", 30, 9, 2, 4),
            new Held(Topic.E_SICK_LEAVE, "70670", "Gradska uprava Kruševac", 20, 14, 1, 5));

    private static final String[] FIRST = {"Milica", "Nikola", "Jelena", "Stefan", "Ana", "Marko", "Ivana", "Miloš", "Jovana",
        "Dragan", "Snežana", "Vladimir", "Marija", "Nenad", "Tamara", "Dejan", "Gordana", "Aleksandar", "Biljana", "Zoran"};
    private static final String[] LAST = {"Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić",
        "Stanković", "Pavlović", "Milošević", "Popović", "Kostić", "Savić", "Lazić", "Radovanović", "Todorović", "Živković"};
    private static final String[] IMPROVE = {"Više praktičnih primera iz naše opštine", "Duže trajanje, bar dva dana",
        "Materijale poslati unapred", "Bolja internet veza u sali", "Više vremena za pitanja", "Primeri iz prakse su bili odlični"};

    @PersistenceContext
    EntityManager em;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    SurveyTargets targets;

    @Inject
    SurveyTally tally;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        if (!DemoAccounts.enabled() || em.createQuery("select count(a) from Account a where a.username like :alumni", Long.class)
                .setParameter("alumni", ALUMNI + "%").getSingleResult() > 0) {
            return;
        }
        Instant now = Instant.now();
        LocalDate today = SerbianTime.now().toLocalDate();
        int person = 0;
        int answers = 0;
        for (Held held : HISTORY) {
            Training training = training(held.topic());
            LocalSelfGovernmentUnit lsgu = em.find(LocalSelfGovernmentUnit.class, held.lsguCode());
            if (training == null || lsgu == null) {
                continue;
            }
            LocalDateTime start = today.minusDays(held.daysAgo()).atTime(10, 0);
            TrainingSession session = new TrainingSession(training, DemoAccounts.PROPOSER, SerbianTime.instant(start.minusDays(30)));
            session.plan(new SessionPlan(training.getId(), lsgu.getCode(), held.venue(), null, start, start.plusHours(5),
                    start.minusDays(3), held.present() + held.absent() + 5, null, "Digitalni karavan", null), lsgu);
            session.recordReview(DemoAccounts.REVIEWER, null);
            session.publish(SerbianTime.instant(start.minusDays(25)));
            em.persist(session);
            List<String> district = em.createQuery("select u.code from LocalSelfGovernmentUnit u where u.districtIso = :district"
                    + " and u.inScope = true order by u.code", String.class).setParameter("district", lsgu.getDistrictIso()).getResultList();
            List<Registration> present = new ArrayList<>();
            for (int i = 0; i < held.present() + held.absent(); i++, person++) {
                // most come from the host LSGU, the others from its district
                String home = i % 3 == 2 && district.size() > 1 ? district.get((person + i) % district.size()) : lsgu.getCode();
                Account account = alumnus(person, home, now);
                Registration registration = new Registration(session, account, SerbianTime.instant(start.minusDays(10)));
                session.takeSeat();
                registration.holdSeat();
                registration.decide(DemoAccounts.PROPOSER, null, SerbianTime.instant(start.minusDays(9)));
                registration.confirm(SerbianTime.instant(start.minusDays(9)));
                boolean attended = i < held.present();
                registration.recordAttendance(attended, DemoAccounts.PROPOSER, SerbianTime.instant(start.plusHours(5)));
                em.persist(registration);
                if (attended) {
                    present.add(registration);
                }
            }
            em.flush();
            answers += survey(session, held, present);
        }
        LOG.info("Demo history: " + HISTORY.size() + " past sessions, " + person + " alumni, " + answers + " answers");
    }

    private Training training(Topic topic) {
        return em.createQuery("select t from Training t join t.topics topic where topic = :topic order by t.id", Training.class)
                .setParameter("topic", topic).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private Account alumnus(int n, String lsguCode, Instant now) {
        String name = FIRST[n % FIRST.length] + " " + LAST[(n * 7 + n / FIRST.length) % LAST.length];
        Account account = new Account(ALUMNI + n, name, ALUMNI + n + "@demo.eobuka.rs",
                n % 6 == 0 ? Language.SR_CYRL.tag() : Language.SR_LATN.tag(), EnumSet.of(Role.PARTICIPANT), now);
        account.describeWork(lsguCode, OrganisationType.LSGU, null, null, null);
        em.persist(account);
        return account;
    }

    /** The session's closed survey: everyone present invited, about two in three answered. */
    private int survey(TrainingSession session, Held held, List<Registration> present) {
        SurveyTarget target = SurveyTarget.session(session.getId());
        Questionnaire questionnaire = questionnaires.forSurvey(target, SurveyAudience.PARTICIPANTS);
        LocalDateTime opened = session.getEndsAt();
        FeedbackSurvey survey = new FeedbackSurvey(target, SurveyAudience.PARTICIPANTS, questionnaire,
                new SurveySettings(opened.plusDays(SurveySettings.DEFAULT_DAYS_OPEN), 3, 7, true), DemoAccounts.REVIEWER, opened,
                targets.place(target, opened));
        em.persist(survey);
        List<Long> answered = new ArrayList<>();
        int i = 0;
        for (Registration registration : present) {
            Account account = registration.getAccount();
            FeedbackInvitation invitation = new FeedbackInvitation(survey, new Invitee(account.getId(), registration.getId(),
                    account.getEmail(), account.getFullName(), Language.fromTag(account.getLanguage()).orElse(Language.DEFAULT)), SerbianTime.instant(opened));
            em.persist(invitation);
            if (i % 3 != 2) {
                FeedbackResponse response = new FeedbackResponse(survey, opened.toLocalDate().plusDays(1 + i % 6),
                        account.getLanguage(), false, null);
                AnswerSheet.fill(response, questionnaire, answers(questionnaire, held.mood(), i));
                em.persist(response);
                tally.answered(response, true);
                answered.add(invitation.getId());
            }
            i++;
        }
        em.flush();
        tally.invited(survey.getId(), present.size());
        if (!answered.isEmpty()) {
            em.createQuery("update FeedbackInvitation i set i.answered = true where i.id in :ids").setParameter("ids", answered).executeUpdate();
        }
        survey.close(opened.plusDays(SurveySettings.DEFAULT_DAYS_OPEN));
        return answered.size();
    }

    /** One participant's answers: ratings around the session's mood, knowledge up by one or two, a text now and then. */
    private static List<AnswerInput> answers(Questionnaire questionnaire, int mood, int i) {
        List<AnswerInput> inputs = new ArrayList<>();
        for (Question question : questionnaire.getQuestions()) {
            QuestionMeasure measure = question.getMeasure();
            switch (question.getKind()) {
                case RATING -> {
                    int value = measure == QuestionMeasure.KNOWLEDGE_BEFORE ? 1 + i % 3
                            : measure == QuestionMeasure.KNOWLEDGE_AFTER ? Math.min(5, 2 + i % 3 + (mood >= 4 ? 1 : 0))
                            : Math.max(1, Math.min(5, mood - (i % 4 == 3 ? 1 : 0) + (i % 7 == 6 && mood < 5 ? 1 : 0)));
                    inputs.add(new AnswerInput(question.getId(), value, null, null));
                }
                case RECOMMEND -> inputs.add(new AnswerInput(question.getId(), Math.min(10, 4 + mood + i % 3), null, null));
                case SINGLE, MULTIPLE -> inputs.add(new AnswerInput(question.getId(), null,
                        List.of(question.getOptions().get(i % question.getOptions().size()).getId()), null));
                case TEXT -> {
                    if (i % 4 == 0) {
                        inputs.add(new AnswerInput(question.getId(), null, null, IMPROVE[(i / 4 + mood) % IMPROVE.length]));
                    } else if (question.isRequired()) {
                        inputs.add(new AnswerInput(question.getId(), null, null, IMPROVE[i % IMPROVE.length]));
                    }
                }
            }
        }
        return inputs;
    }
}
