package rs.eobuka.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.RoleRequestService;
import rs.eobuka.inbox.InboxQuery;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskSort;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxStatus;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.reference.LsguFilter;
import rs.eobuka.reference.LsguService;
import rs.eobuka.session.SessionService;

/** The home page's figures for the signed-in role, each counted in the database. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CurrentUser user;

    @Inject
    InboxService inbox;

    @Inject
    AccountLookupService accounts;

    @Inject
    RoleRequestService roleRequests;

    @Inject
    LsguService lsgus;

    @Inject
    MailOutbox outbox;

    @Inject
    SessionService sessions;

    private Long openTasks;
    private Long myTasks;

    public long getOpenTasks() {
        if (openTasks == null) {
            openTasks = inbox.count(new InboxQuery(user.getUsername(), user.getGroups(), null, null, null, false, TaskSort.CREATED_DESC));
        }
        return openTasks;
    }

    public long getMyTasks() {
        if (myTasks == null) {
            myTasks = inbox.count(new InboxQuery(user.getUsername(), user.getGroups(), null, null, null, true, TaskSort.CREATED_DESC));
        }
        return myTasks;
    }

    public long getActiveAccounts() {
        return accounts.countActive();
    }

    public long getFailedMail() {
        return outbox.count(OutboxStatus.FAILED);
    }

    public long getMunicipalities() {
        return lsgus.count(LsguFilter.all());
    }

    /** The organizer's own proposals not yet published (under review or returned). */
    public long getMyProposals() {
        return sessions.findProposedBy(user.getUsername(), 100).size();
    }

    public long getMyRoleRequests() {
        return roleRequests.findMine(user.getUsername()).size();
    }
}
