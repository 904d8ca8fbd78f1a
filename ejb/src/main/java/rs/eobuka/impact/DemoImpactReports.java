package rs.eobuka.impact;

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
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import rs.eobuka.account.Account;
import rs.eobuka.account.DemoAccounts;
import rs.eobuka.feedback.FreeTextAnswer;
import rs.eobuka.impact.process.ImpactVariables;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.session.Topic;

/**
 * Demo mode only: two impact reports over the demo history, drafted by a second evaluator (an
 * account that cannot sign in): one published after the demo evaluator's review, and a later one
 * waiting in the demo evaluator's inbox for review. Written through the service and the process,
 * as evaluators would.
 */
@Singleton
@Startup
@DependsOn("DemoPastSessions")
public class DemoImpactReports {

    private static final Logger LOG = Logger.getLogger(DemoImpactReports.class.getName());
    static final String ANALYST = "analiticarka";

    @PersistenceContext
    EntityManager em;

    @Inject
    ImpactReportService reports;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        if (!DemoAccounts.enabled() || reports.count(false) > 0) {
            return;
        }
        Long programme = em.createQuery("select t.programme.id from Training t join t.topics topic where topic = :topic order by t.id", Long.class)
                .setParameter("topic", Topic.ELECTRONIC_OFFICE).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (programme == null) {
            return;
        }
        Account analyst = new Account(ANALYST, "Ana Analitičarka", "analiticarka@demo.eobuka.rs", Language.SR_LATN.tag(),
                EnumSet.of(Role.EVALUATOR), Instant.now());
        em.persist(analyst);
        LocalDate today = SerbianTime.now().toLocalDate();

        ImpactReport first = draft(new ImpactScope(programme, today.minusDays(220), today.minusDays(101), null, null),
                "Prvo polugodište programa: obuke su održane u deset gradova, a polaznici su najviše cenili praktične primere.",
                "First half of the programme: trainings were held in ten cities, and participants valued the practical examples most.",
                "Nastaviti sa radionicama u manjim opštinama okruga i poslati materijale unapred.");
        reports.review(reports.openTaskId(first.getId(), ImpactVariables.TASK_REVIEW).orElseThrow(), "evaluator", true, null);

        draft(new ImpactScope(programme, today.minusDays(100), today, null, null),
                "Drugo polugodište: obuke su stigle do istoka i juga Srbije; odziv na upitnike je ostao oko dve trećine.",
                "Second half: trainings reached the east and south of Serbia; about two in three answered the questionnaires.",
                "Uvesti dvodnevne obuke za eFakture i bolje pripremiti internet vezu u salama.");
        LOG.info("Demo impact reports: one published, one waiting for review");
    }

    /** A report written and sent for review by the analyst, quoting two answers from its scope. */
    private ImpactReport draft(ImpactScope scope, String findings, String findingsEn, String recommendations) {
        ImpactReport report = reports.create(scope, ANALYST);
        List<Long> quotes = reports.quoteCandidates(report.getId(), null, 0, 2).stream().map(FreeTextAnswer::answerId).toList();
        reports.write(report.getId(), ANALYST, new ImpactNarrative(new LocalizedText(findings, null, findingsEn),
                new LocalizedText(recommendations, null, null), quotes));
        reports.submit(reports.openTaskId(report.getId(), ImpactVariables.TASK_WRITE).orElseThrow(), ANALYST);
        return report;
    }
}
