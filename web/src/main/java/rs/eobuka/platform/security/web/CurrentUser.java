package rs.eobuka.platform.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.security.UserDirectory;

/** Who is signed in, for menus, home pages and services that act for the caller. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    UserDirectory directory;

    private String displayName;

    @Inject
    HttpServletRequest request;

    /** The container hands anonymous visitors a principal too; only a remote user is signed in. */
    public boolean isSignedIn() {
        return request.getRemoteUser() != null;
    }

    public String getUsername() {
        return request.getRemoteUser();
    }

    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            displayName = directory.displayName(getUsername()).orElse(getUsername());
        }
        return displayName;
    }

    public boolean has(String role) {
        return security.isCallerInRole(role);
    }

    /** The caller's roles as task candidate groups. */
    public Set<String> getGroups() {
        return Arrays.stream(Role.values()).map(Role::group).filter(security::isCallerInRole).collect(Collectors.toSet());
    }

    public boolean isParticipant() { return has("participant"); }
    public boolean isOrganizer() { return has("organizer"); }
    public boolean isEvaluator() { return has("evaluator"); }
    public boolean isJuror() { return has("juror"); }
    public boolean isAdmin() { return has("admin"); }

    /** Staff roles work from the task inbox. */
    public boolean isInboxUser() {
        return isOrganizer() || isEvaluator() || isJuror() || isAdmin();
    }
}
