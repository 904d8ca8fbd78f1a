package rs.eobuka.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.account.process.AccountActivationVariables;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.mail.Links;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.privacy.ConsentPurpose;
import rs.eobuka.platform.privacy.ConsentService;
import rs.eobuka.platform.security.OneUseTokens;
import rs.eobuka.platform.security.PasswordHasher;
import rs.eobuka.platform.security.Role;
import rs.eobuka.reference.LsguService;

/**
 * Self-service sign-up: the account waiting for its owner's e-mail, and the callbacks of its
 * {@code account-activation} process (send the link, activate, discard an unverified sign-up).
 */
@Stateless
public class SignUpService {

    /** How long a sign-up link stays valid. */
    static final String VERIFICATION_WINDOW = "P2D";

    @PersistenceContext
    EntityManager em;

    @Inject
    RuntimeService runtime;

    @Inject
    AccountLookupService lookups;

    @Inject
    LsguService lsgus;

    @Inject
    MailOutbox outbox;

    @Inject
    ConsentService consents;

    /**
     * Creates a participant account waiting for e-mail verification and starts its
     * {@code account-activation} process, which sends the link. All in the caller's transaction.
     */
    public Account signUp(@NotNull @Valid SignUp signUp) {
        String email = signUp.email().strip().toLowerCase(Locale.ROOT);
        lookups.requireFreeUsername(email);
        lookups.requireFreeEmail(email);
        lsgus.requireKnown(signUp.lsguCode());
        Account account = new Account(email, signUp.fullName().strip(), email,
                Language.fromTag(signUp.language()).orElse(Language.DEFAULT).tag(), EnumSet.of(Role.PARTICIPANT), Instant.now());
        account.describeWork(signUp.lsguCode(), signUp.organisationType(), signUp.organisationName(),
                signUp.jobTitle().strip(), signUp.phone());
        account.setPasswordHash(PasswordHasher.hash(signUp.password().toCharArray()));
        account.awaitVerification(null);
        em.persist(account);
        em.flush();
        consents.give(ConsentPurpose.SIGN_UP, account.getId(), null, account.preferredLanguage(), null);
        String instance = runtime.startProcessInstanceByKey(AccountActivationVariables.PROCESS_KEY, account.getId().toString(),
                Variables.createVariables()
                        .putValue(AccountActivationVariables.ACCOUNT_ID, account.getId())
                        .putValue(AccountActivationVariables.VERIFICATION_WINDOW, VERIFICATION_WINDOW)).getId();
        account.attachProcess(instance);
        return account;
    }

    /**
     * The sign-up page's way in: an address that already has an account gets a mail saying so
     * (with the way to sign in or set a new password) instead of a second account, and the page
     * answers as for any sign-up, so it tells nobody which addresses have accounts.
     */
    public void signUpOrTellOwner(@NotNull @Valid SignUp signUp) {
        String email = signUp.email().strip().toLowerCase(Locale.ROOT);
        if (lookups.findByUsername(email).isEmpty() && lookups.isEmailFree(email)) {
            signUp(signUp);
            return;
        }
        // hashed and thrown away: the answer takes as long as a real sign-up's
        PasswordHasher.hash(signUp.password().toCharArray());
        outbox.enqueue(email, Language.fromTag(signUp.language()).orElse(Language.DEFAULT), "signupExisting",
                Links.to("/login.xhtml"), Links.to("/forgot-password.xhtml"));
    }

    /** Sends the verification link of a pending account (called by its process). */
    public void sendVerificationMail(long accountId) {
        Account account = lookups.get(accountId);
        if (account.getStatus() != AccountStatus.PENDING_VERIFICATION) {
            return;
        }
        String token = OneUseTokens.newToken();
        account.issueVerificationToken(OneUseTokens.hash(token));
        String link = Links.to("/verify.xhtml?token=" + token);
        outbox.enqueue(account.getEmail(), account.preferredLanguage(), "verification", account.getFullName(), link);
    }

    /** The owner followed the link: tells the account's process, which activates it. */
    public Account verifyEmail(String token) {
        if (token == null || token.isBlank()) {
            throw new RuleViolationException("token", "signup.verify.invalid");
        }
        Account account = em.createNamedQuery(Account.FIND_BY_TOKEN, Account.class).setParameter("tokenHash", OneUseTokens.hash(token.strip()))
                .getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolationException("token", "signup.verify.invalid"));
        runtime.createMessageCorrelation(AccountActivationVariables.MESSAGE_EMAIL_VERIFIED)
                .processInstanceBusinessKey(account.getId().toString())
                .correlateWithResult();
        return account;
    }

    /** Activates a verified account (called by its process) and welcomes its owner. */
    public void activate(long accountId) {
        Account account = lookups.get(accountId);
        account.activate();
        outbox.enqueue(account.getEmail(), account.preferredLanguage(), "welcome", account.getFullName());
    }

    /** The link was never followed: the sign-up is removed, so the address can be used again. */
    public void discardUnverified(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account != null && account.getStatus() == AccountStatus.PENDING_VERIFICATION) {
            consents.removeOfAccount(accountId);
            em.remove(account);
        }
    }
}
