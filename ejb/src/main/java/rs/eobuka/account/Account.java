package rs.eobuka.account;

import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalColumn;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;
import rs.eobuka.platform.security.Role;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.security.Credential;

/**
 * A person's account. Passwords are kept only as a PBKDF2 hash; an account created without a
 * password (production seeding) cannot log in until one is set.
 */
@PersonalColumn(table = "account_role", column = "account_id", activity = ProcessingActivity.ACCOUNTS, category = DataCategory.ACCOUNT_LINK,
        key = SubjectKey.ACCOUNT_ID)
@Entity
@Table(name = "account")
// Every API call and page of a signed-in person loads their account by username: the natural-id
// cache maps the username to the id and the entity cache answers, no statement either way.
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@NamedQuery(name = Account.FIND_BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.FIND_BY_TOKEN, query = "select a from Account a where a.verificationToken = :tokenHash")
@NamedQuery(name = Account.FIND_BY_RESET_TOKEN, query = "select a from Account a where a.resetToken = :tokenHash")
@NamedQuery(name = Account.FIND_ACTIVE_BY_EMAIL, query = "select a from Account a where lower(a.email) = lower(:email) and a.status = :status")
@NamedQuery(name = Account.COUNT_BY_EMAIL, query = "select count(a) from Account a where lower(a.email) = lower(:email)")
public class Account implements Credential {

    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String FIND_BY_TOKEN = "Account.findByToken";
    public static final String FIND_BY_RESET_TOKEN = "Account.findByResetToken";
    public static final String FIND_ACTIVE_BY_EMAIL = "Account.findActiveByEmail";
    public static final String COUNT_BY_EMAIL = "Account.countByEmail";

    /** Failed logins in a row before the account is locked for a while. */
    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(30);

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @NaturalId
    private String username;
    @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.CREDENTIALS)
    @Column(name = "password_hash")
    private String passwordHash;
    @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.IDENTITY)
    @Column(name = "full_name")
    private String fullName;
    @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.CONTACT, key = SubjectKey.EMAIL)
    private String email;
    @Column(name = "lsgu_code")
    private String lsguCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type")
    private OrganisationType organisationType;
    @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.EMPLOYMENT)
    @Column(name = "organisation_name")
    private String organisationName;
    @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.EMPLOYMENT)
    @Column(name = "job_title")
    private String jobTitle;
    @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.CONTACT)
    private String phone;
    private String language;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.CREDENTIALS)
    @Column(name = "verification_token")
    private String verificationToken;
    @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.CREDENTIALS)
    @Column(name = "reset_token")
    private String resetToken;
    @Column(name = "reset_expires_at")
    private Instant resetExpiresAt;
    @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.CREDENTIALS)
    @Column(name = "totp_secret")
    private String totpSecret;
    @Column(name = "totp_last_step")
    private Long totpLastStep;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;
    // changes with what the account may do; see SessionStamps
    @Column(name = "security_stamp")
    private long securityStamp;

    // cached: every request that loads an account would otherwise read its roles again
    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
        // for JPA
    }

    public Account(String username, String fullName, String email, String language, Set<Role> roles, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.fullName = Objects.requireNonNull(fullName);
        this.email = Objects.requireNonNull(email);
        this.language = Objects.requireNonNull(language);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.status = AccountStatus.ACTIVE;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Where the person works; all parts are optional for staff accounts, and a blank part is no part. */
    public void describeWork(String lsguCode, OrganisationType type, String organisationName, String jobTitle, String phone) {
        this.lsguCode = lsguCode;
        this.organisationType = type;
        this.organisationName = blankToNull(organisationName);
        this.jobTitle = blankToNull(jobTitle);
        this.phone = blankToNull(phone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public void rename(String fullName) {
        this.fullName = Objects.requireNonNull(fullName);
    }

    /** A new password ends the sessions signed in with the old one. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        securityStamp++;
    }

    /** A self-signed-up account waits for its owner to follow the link sent by e-mail. */
    public void awaitVerification(String processInstanceId) {
        this.status = AccountStatus.PENDING_VERIFICATION;
        this.processInstanceId = processInstanceId;
    }

    /**
     * The link sent to the owner carries a token; the account keeps only its hash
     * ({@link rs.eobuka.platform.security.OneUseTokens#hash}), so a copy of the database opens no
     * account. A link sent again replaces the one before.
     */
    public void issueVerificationToken(String tokenHash) {
        if (status == AccountStatus.PENDING_VERIFICATION) {
            this.verificationToken = Objects.requireNonNull(tokenHash);
        }
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The owner proved the e-mail address is theirs. */
    public void activate() {
        if (status == AccountStatus.PENDING_VERIFICATION) {
            status = AccountStatus.ACTIVE;
            verificationToken = null;
        }
    }

    public void disable() {
        if (status != AccountStatus.ERASED) {
            status = AccountStatus.DISABLED;
            securityStamp++;
        }
    }

    /**
     * The person was forgotten: the account can never log in again. Its personal columns are
     * anonymised by {@link rs.eobuka.platform.privacy.SubjectErasure} with the rest of the person's data.
     */
    public void markErased() {
        status = AccountStatus.ERASED;
        securityStamp++;
        passwordHash = null;
        verificationToken = null;
        resetToken = null;
        resetExpiresAt = null;
        failedLogins = 0;
        lockedUntil = null;
    }

    public void enable() {
        if (status == AccountStatus.DISABLED) {
            status = AccountStatus.ACTIVE;
            failedLogins = 0;
            lockedUntil = null;
        }
    }

    public void replaceRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account keeps at least one role");
        }
        if (!roles.equals(newRoles)) {
            securityStamp++;
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void changeLanguage(String language) {
        this.language = Objects.requireNonNull(language);
    }

    /** Only an active, unlocked account with a password may log in. */
    public boolean canLogIn(Instant now) {
        return status == AccountStatus.ACTIVE && passwordHash != null && !isLocked(now);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed login; from the fifth in a row the account is locked for a minute, and
     * each further failure doubles that, up to half an hour.
     */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= FAILURES_BEFORE_LOCK) {
            long factor = 1L << Math.min(failedLogins - FAILURES_BEFORE_LOCK, 5);
            Duration lock = FIRST_LOCK.multipliedBy(factor);
            lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
    }

    /**
     * A password reset link was sent: the account keeps the token's hash until it is used or
     * {@code expiresAt} passes. A new link replaces the one before.
     */
    public void issueResetToken(String tokenHash, Instant expiresAt) {
        this.resetToken = Objects.requireNonNull(tokenHash);
        this.resetExpiresAt = Objects.requireNonNull(expiresAt);
    }

    /** Whether a reset link sent at {@code now} would replace one issued less than {@code gap} ago. */
    public boolean resetIssuedWithin(Duration window, Duration gap, Instant now) {
        return resetExpiresAt != null && resetExpiresAt.minus(window).plus(gap).isAfter(now);
    }

    public boolean resetTokenValid(Instant now) {
        return resetToken != null && resetExpiresAt != null && now.isBefore(resetExpiresAt) && status == AccountStatus.ACTIVE;
    }

    /**
     * The owner proved the mailbox is theirs and chose a new password: the link is spent, every
     * session with the old password ends, and a lock from failed sign-ins (perhaps someone
     * else's) is lifted.
     */
    public void resetPassword(String newPasswordHash) {
        setPasswordHash(newPasswordHash);
        resetToken = null;
        resetExpiresAt = null;
        failedLogins = 0;
        lockedUntil = null;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Two-factor sign-in turned on with this secret; {@code acceptedStep} is the step of the code that confirmed it. */
    public void enableTwoFactor(String secret, long acceptedStep) {
        totpSecret = secret;
        totpLastStep = acceptedStep;
    }

    public void disableTwoFactor() {
        totpSecret = null;
        totpLastStep = null;
    }

    public boolean hasTwoFactor() {
        return totpSecret != null;
    }

    @Override
    public String getTwoFactorSecret() {
        return totpSecret;
    }

    @Override
    public Long getTwoFactorStep() {
        return totpLastStep;
    }

    @Override
    public void acceptTwoFactorStep(long step) {
        totpLastStep = step;
    }

    @Override
    public long getSecurityStamp() {
        return securityStamp;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The language this person reads mail and pages in. */
    public Language preferredLanguage() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getLsguCode() { return lsguCode; }
    public OrganisationType getOrganisationType() { return organisationType; }
    public String getOrganisationName() { return organisationName; }
    public String getJobTitle() { return jobTitle; }
    public String getPhone() { return phone; }
    public String getLanguage() { return language; }
    public AccountStatus getStatus() { return status; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public String getVerificationToken() { return verificationToken; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Role> getRoles() { return Collections.unmodifiableSet(roles); }
}
