package rs.eobuka.session.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.PagedModel;
import rs.eobuka.reference.Programme;
import rs.eobuka.reference.ProgrammeService;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.SessionFilter;
import rs.eobuka.session.SessionService;
import rs.eobuka.session.SessionSort;
import rs.eobuka.session.SessionStatus;
import rs.eobuka.session.TrainingSession;

/**
 * organizer/sessions.xhtml: every session in every status with its fill rate, filtered and
 * sorted in the database; the cancellation of a published one; and my proposals under review.
 */
@Named
@ViewScoped
public class SessionListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MY_PROPOSALS = 50;

    @Inject
    transient SessionService sessions;

    @Inject
    transient SessionApprovalService approvals;

    @Inject
    transient ProgrammeService programmes;

    @Inject
    transient CurrentUser user;

    private SessionStatus status;
    private Long programmeId;
    private String lsguCode;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<TrainingSession> list;

    private Long cancelledId;
    private String cancelledTitle;
    private String cancelReason;

    @PostConstruct
    void init() {
        list = PagedModel.sorted(() -> sessions.count(filter()),
                (first, max, field, ascending) -> sessions.find(filter(), sort(field), field == null || ascending, first, max),
                session -> session.getId().toString());
    }

    private SessionFilter filter() {
        return new SessionFilter(programmeId, null, lsguCode, null, from, to, false, status == null ? Set.of() : Set.of(status));
    }

    /** The table's sorted column, by its {@code field}; unknown or none sorts by start. */
    static SessionSort sort(String field) {
        if (field == null) {
            return SessionSort.STARTS_AT;
        }
        try {
            return SessionSort.valueOf(field);
        } catch (IllegalArgumentException e) {
            return SessionSort.STARTS_AT;
        }
    }

    public void askCancel(TrainingSession session) {
        cancelledId = session.getId();
        cancelledTitle = session.getTraining().title(FacesTexts.language());
        cancelReason = null;
    }

    public void cancel() {
        try {
            approvals.cancel(cancelledId, user.getUsername(), cancelReason);
            FacesTexts.info("sessions.cancelled", cancelledTitle);
            cancelledId = null;
            cancelReason = null;
        } catch (DomainException e) {
            FacesTexts.error(e, "cancelForm");
        }
    }

    public List<TrainingSession> getMyProposals() {
        return sessions.findProposedBy(user.getUsername(), MY_PROPOSALS);
    }

    /** Seats taken as a share of the capacity, 0 to 100. */
    public int fillPercent(TrainingSession session) {
        return session.getCapacity() == 0 ? 0 : (int) Math.round(100.0 * session.getSeatsTaken() / session.getCapacity());
    }

    public SessionStatus[] getStatuses() { return SessionStatus.values(); }
    public List<Programme> getProgrammes() { return programmes.findAll(); }
    public LazyDataModel<TrainingSession> getList() { return list; }
    public SessionStatus getStatus() { return status; }
    public void setStatus(SessionStatus status) { this.status = status; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public String getLsguCode() { return lsguCode; }
    public void setLsguCode(String lsguCode) { this.lsguCode = lsguCode == null || lsguCode.isBlank() ? null : lsguCode; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getCancelledTitle() { return cancelledTitle; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
}
