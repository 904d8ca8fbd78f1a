package rs.eobuka.account;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Set;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.security.CredentialCache;
import rs.eobuka.platform.security.PasswordHasher;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.security.SecurityEvents;
import rs.eobuka.platform.security.SecurityStampChanged;
import rs.eobuka.reference.LsguService;

/** The admin's management of accounts: create, change roles, grant a role, enable and disable. */
@Stateless
public class AccountAdminService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLookupService lookups;

    @Inject
    Event<SecurityStampChanged> stampChanged;

    @Inject
    LsguService lsgus;

    @Inject
    CredentialCache credentialCache;

    @Inject
    SecurityEvents events;

    @Resource
    SessionContext context;

    /** An admin creates an account that is active at once. */
    public Account create(@NotNull @Valid NewAccount request) {
        lookups.requireFreeUsername(request.username());
        lookups.requireFreeEmail(request.email());
        if (request.lsguCode() != null) {
            lsgus.requireKnown(request.lsguCode());
        }
        Account account = new Account(request.username(), request.fullName().strip(), request.email().strip(),
                Language.DEFAULT.tag(), request.roles(), Instant.now());
        account.describeWork(request.lsguCode(), request.organisationType(), null, null, null);
        account.setPasswordHash(PasswordHasher.hash(request.password().toCharArray()));
        em.persist(account);
        events.log(SecurityEvents.Event.ACCOUNT_CREATED, "user", account.getUsername(), "by", caller(), "roles", request.roles().toString());
        return account;
    }

    public void changeRoles(long accountId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolationException("roles", "eobuka.roles.required");
        }
        Account account = lookups.get(accountId);
        account.replaceRoles(roles);
        credentialCache.invalidateAll();
        events.log(SecurityEvents.Event.ROLES_CHANGED, "user", account.getUsername(), "by", caller(), "roles", roles.toString());
        stampChanged.fire(new SecurityStampChanged(account.getUsername()));
    }

    public void grantRole(long accountId, Role role) {
        Account account = lookups.get(accountId);
        account.grant(role);
        credentialCache.invalidateAll();
        events.log(SecurityEvents.Event.ROLE_GRANTED, "user", account.getUsername(), "by", caller(), "role", role.toString());
    }

    public void setEnabled(long accountId, boolean enabled) {
        Account account = lookups.get(accountId);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        credentialCache.invalidateAll();
        stampChanged.fire(new SecurityStampChanged(account.getUsername()));
        events.log(enabled ? SecurityEvents.Event.ACCOUNT_ENABLED : SecurityEvents.Event.ACCOUNT_DISABLED, "user", account.getUsername(), "by", caller());
    }

    /** The signed-in admin, or the engine's job executor ("anonymous") for a process's step. */
    private String caller() {
        return context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
    }
}
