package rs.eobuka.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.hibernate.Session;
import rs.eobuka.account.process.AccountActivationVariables;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.mail.Links;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.persistence.LikePattern;
import rs.eobuka.platform.security.CredentialCache;
import rs.eobuka.platform.security.PasswordHasher;
import rs.eobuka.reference.LsguService;

/** Sign-up and verification, and the admin's management of accounts. */
@Stateless
public class AccountService {

    /** How long a sign-up link stays valid. */
    static final String VERIFICATION_WINDOW = "P2D";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    RuntimeService runtime;

    @Inject
    LsguService lsgus;

    @Inject
    MailOutbox outbox;

    @Inject
    CredentialCache credentialCache;

    /**
     * Creates a participant account waiting for e-mail verification and starts its
     * {@code account-activation} process, which sends the link. All in the caller's transaction.
     */
    public Account signUp(@NotNull @Valid SignUp signUp) {
        String email = signUp.email().strip().toLowerCase(Locale.ROOT);
        requireFreeUsername(email);
        requireFreeEmail(email);
        requireKnownLsgu(signUp.lsguCode());
        Account account = new Account(email, signUp.fullName().strip(), email,
                Language.fromTag(signUp.language()).orElse(Language.DEFAULT).tag(), EnumSet.of(Role.PARTICIPANT), Instant.now());
        account.describeWork(signUp.lsguCode(), signUp.organisationType(), blankToNull(signUp.organisationName()),
                signUp.jobTitle().strip(), blankToNull(signUp.phone()));
        account.setPasswordHash(PasswordHasher.hash(signUp.password().toCharArray()));
        account.awaitVerification(newToken(), null);
        em.persist(account);
        em.flush();
        String instance = runtime.startProcessInstanceByKey(AccountActivationVariables.PROCESS_KEY, account.getId().toString(),
                Variables.createVariables()
                        .putValue(AccountActivationVariables.ACCOUNT_ID, account.getId())
                        .putValue(AccountActivationVariables.VERIFICATION_WINDOW, VERIFICATION_WINDOW)).getId();
        account.attachProcess(instance);
        return account;
    }

    /** Sends the verification link of a pending account (called by its process). */
    public void sendVerificationMail(long accountId) {
        Account account = get(accountId);
        if (account.getStatus() != AccountStatus.PENDING_VERIFICATION) {
            return;
        }
        String link = Links.to("/verify.xhtml?token=" + account.getVerificationToken());
        outbox.enqueue(account.getEmail(), language(account), "verification", account.getFullName(), link);
    }

    /** The owner followed the link: tells the account's process, which activates it. */
    public Account verifyEmail(String token) {
        if (token == null || token.isBlank()) {
            throw new RuleViolationException("token", "signup.verify.invalid");
        }
        Account account = em.createNamedQuery(Account.FIND_BY_TOKEN, Account.class).setParameter("token", token)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolationException("token", "signup.verify.invalid"));
        runtime.createMessageCorrelation(AccountActivationVariables.MESSAGE_EMAIL_VERIFIED)
                .processInstanceBusinessKey(account.getId().toString())
                .correlateWithResult();
        return account;
    }

    /** Activates a verified account (called by its process) and welcomes its owner. */
    public void activate(long accountId) {
        Account account = get(accountId);
        account.activate();
        outbox.enqueue(account.getEmail(), language(account), "welcome", account.getFullName());
    }

    /** The link was never followed: the sign-up is removed, so the address can be used again. */
    public void discardUnverified(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account != null && account.getStatus() == AccountStatus.PENDING_VERIFICATION) {
            em.remove(account);
        }
    }

    /** An admin creates an account that is active at once. */
    public Account create(@NotNull @Valid NewAccount request) {
        requireFreeUsername(request.username());
        requireFreeEmail(request.email());
        if (request.lsguCode() != null) {
            requireKnownLsgu(request.lsguCode());
        }
        Account account = new Account(request.username(), request.fullName().strip(), request.email().strip(),
                Language.DEFAULT.tag(), request.roles(), Instant.now());
        account.describeWork(request.lsguCode(), request.organisationType(), null, null, null);
        account.setPasswordHash(PasswordHasher.hash(request.password().toCharArray()));
        em.persist(account);
        return account;
    }

    public void changeRoles(long accountId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolationException("roles", "eobuka.roles.required");
        }
        get(accountId).replaceRoles(roles);
        credentialCache.invalidateAll();
    }

    public void grantRole(long accountId, Role role) {
        get(accountId).grant(role);
        credentialCache.invalidateAll();
    }

    public void setEnabled(long accountId, boolean enabled) {
        Account account = get(accountId);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        credentialCache.invalidateAll();
    }

    /** The signed-in person changes their own details (name, where they work, phone, language). */
    public Account updateProfile(@NotNull String username, @NotNull @Valid ProfileDetails details) {
        Account account = findByUsername(username).orElseThrow(() -> new NotFoundException("error.notFound"));
        requireKnownLsgu(details.lsguCode());
        account.rename(details.fullName().strip());
        account.describeWork(details.lsguCode(), details.organisationType(), blankToNull(details.organisationName()),
                details.jobTitle().strip(), blankToNull(details.phone()));
        account.changeLanguage(Language.fromTag(details.language()).orElse(Language.DEFAULT).tag());
        return account;
    }

    public void changeLanguage(String username, Language language) {
        findByUsername(username).ifPresent(a -> a.changeLanguage(language.tag()));
    }

    /** Through the natural-id and entity caches (see {@link Account}): called by nearly every request. */
    public Optional<Account> findByUsername(String username) {
        return em.unwrap(Session.class).bySimpleNaturalId(Account.class).loadOptional(username);
    }

    public Account get(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("error.notFound");
        }
        return account;
    }

    /** The admin's user list, filtered, sorted by name and paged in the database. */
    public List<Account> find(AccountFilter filter, int first, int max) {
        TypedQuery<Account> query = em.createQuery("select distinct a from Account a" + where(filter)
                + " order by a.fullName, a.id", Account.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(AccountFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(distinct a) from Account a" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    public long countActive() {
        return em.createQuery("select count(a) from Account a where a.status = :status", Long.class)
                .setParameter("status", AccountStatus.ACTIVE).getSingleResult();
    }

    private static String where(AccountFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(a.fullName) like :text" + LikePattern.ESCAPE + " or lower(a.username) like :text" + LikePattern.ESCAPE
                    + " or lower(a.email) like :text" + LikePattern.ESCAPE + ")");
        }
        if (filter.role() != null) {
            where.append(" and :role member of a.roles");
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, AccountFilter filter) {
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", LikePattern.containing(filter.text(), Locale.ROOT));
        }
        if (filter.role() != null) {
            query.setParameter("role", filter.role());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
    }

    private void requireFreeUsername(String username) {
        if (findByUsername(username).isPresent()) {
            throw new ConflictException("username", "eobuka.username.taken");
        }
    }

    private void requireFreeEmail(String email) {
        if (em.createNamedQuery(Account.COUNT_BY_EMAIL, Long.class).setParameter("email", email.strip()).getSingleResult() > 0) {
            throw new ConflictException("email", "eobuka.email.taken");
        }
    }

    private void requireKnownLsgu(String code) {
        if (!lsgus.exists(code)) {
            throw new RuleViolationException("lsguCode", "eobuka.lsgu.invalid");
        }
    }

    static Language language(Account account) {
        return account.preferredLanguage();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
