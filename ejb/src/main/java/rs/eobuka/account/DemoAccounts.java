package rs.eobuka.account;

import rs.eobuka.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode (the local run only; {@code eobuka.demo=true}): one account per role, all with the
 * password {@value #PASSWORD}, listed on the login page. Production mode seeds nothing.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ProcessEngineBootstrap"})
public class DemoAccounts {

    public static final String PASSWORD = "demo-lozinka";
    /** The demo organizer who proposes the demo sessions, and the one who approves them (never the same). */
    public static final String PROPOSER = "organizer";
    public static final String REVIEWER = "coordinator";
    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    /** The demo accounts, in the order the login page lists them. */
    public record Demo(String username, String fullName, Role role, String lsguCode) {
    }

    public static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Ana Administratorka", Role.ADMIN, null),
            new Demo("organizer", "Oliver Organizator", Role.ORGANIZER, "70645"),
            new Demo("coordinator", "Katarina Koordinatorka", Role.ORGANIZER, "71242"),
            new Demo("evaluator", "Eva Evaluatorka", Role.EVALUATOR, "89010"),
            new Demo("juror", "Jovan Žirijević", Role.JUROR, "71072"),
            new Demo("official", "Milica Službenica", Role.PARTICIPANT, "70645"),
            // a Digital Caravan trainer (rs.eobuka.booking.DemoBookings gives the trainer this account's address)
            new Demo("trainer", "Stefan Đorđević", Role.PARTICIPANT, "71242"));

    @Inject
    AccountLookupService accounts;

    @Inject
    AccountAdminService accountAdmin;

    public static boolean enabled() {
        return Boolean.getBoolean("eobuka.demo");
    }

    @PostConstruct
    void seed() {
        if (!enabled()) {
            return;
        }
        for (Demo demo : ACCOUNTS) {
            if (accounts.findByUsername(demo.username()).isEmpty()) {
                Account account = accountAdmin.create(new NewAccount(demo.username(), PASSWORD, demo.fullName(),
                        demo.username() + "@demo.eobuka.rs", demo.lsguCode(),
                        demo.role() == Role.PARTICIPANT ? OrganisationType.LSGU : null, EnumSet.of(demo.role())));
                LOG.info(() -> "Demo account " + account.getUsername() + " (" + demo.role().group() + ") created");
            }
        }
    }
}
