package rs.eobuka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.component.export.PDFOptions;
import org.primefaces.component.export.PDFOrientationType;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.privacy.AccessKind;
import rs.eobuka.platform.privacy.AccessLog;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.PagedModel;
import rs.eobuka.registration.AttendanceService;
import rs.eobuka.registration.CertificateDocument;
import rs.eobuka.registration.RegistrationApprovalService;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.registration.RegistrationStatus;
import rs.eobuka.registration.RosterEntry;
import rs.eobuka.registration.RosterFilter;
import rs.eobuka.registration.RosterService;
import rs.eobuka.registration.RosterSort;
import rs.eobuka.registration.WaitingListService;
import rs.eobuka.session.SessionService;
import rs.eobuka.session.TrainingSession;

/**
 * organizer/roster.xhtml: one session's registrations, paged and sorted in the database, with
 * the organizer's actions on them (approve, promote, cancel, attendance, certificate) and the
 * export of the whole roster to Excel and PDF.
 */
@Named
@ViewScoped
public class RosterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RosterService roster;

    @Inject
    transient SessionService sessions;

    @Inject
    transient RegistrationApprovalService approvals;

    @Inject
    transient WaitingListService waitingList;

    @Inject
    transient RegistrationService registrations;

    @Inject
    transient AttendanceService attendance;

    @Inject
    transient CurrentUser user;

    @Inject
    transient AccessLog accessLog;

    private Long sessionId;
    private TrainingSession session;
    private RegistrationStatus status;
    private String name;
    private LazyDataModel<RosterEntry> entries;
    private List<RosterEntry> selection = new ArrayList<>();

    public void load() {
        if (sessionId == null) {
            FacesTexts.error("session.notFound");
            return;
        }
        try {
            session = sessions.get(sessionId);
            accessLog.record(user.getUsername(), AccessKind.ROSTER, "session:" + sessionId);
            long id = sessionId;
            entries = PagedModel.sorted(() -> roster.count(id, filter()),
                    (first, max, field, ascending) -> roster.find(id, filter(), sort(field), field == null || ascending, first, max),
                    entry -> entry.id().toString());
        } catch (DomainException e) {
            FacesTexts.error(e, "roster");
        }
    }

    private RosterFilter filter() {
        return new RosterFilter(status, name);
    }

    static RosterSort sort(String field) {
        if (field == null) {
            return RosterSort.REGISTERED_AT;
        }
        try {
            return RosterSort.valueOf(field);
        } catch (IllegalArgumentException e) {
            return RosterSort.REGISTERED_AT;
        }
    }

    private void refreshSession() {
        session = sessions.get(sessionId);
    }

    private List<Long> selectedIds() {
        return selection == null ? List.of() : selection.stream().map(RosterEntry::id).toList();
    }

    public void approveSelected() {
        if (selectedIds().isEmpty()) {
            FacesTexts.error("roster.nothingSelected");
            return;
        }
        try {
            int approved = approvals.approveAll(selectedIds(), user.getUsername());
            FacesTexts.info("roster.approved", approved);
            selection = new ArrayList<>();
            refreshSession();
        } catch (DomainException e) {
            FacesTexts.error(e, "roster");
        }
    }

    public void markAttended() {
        record(true);
    }

    public void markNoShow() {
        record(false);
    }

    private void record(boolean attended) {
        if (selectedIds().isEmpty()) {
            FacesTexts.error("roster.nothingSelected");
            return;
        }
        try {
            int marked = attendance.record(sessionId, selectedIds(), attended, user.getUsername());
            FacesTexts.info(attended ? "roster.markedAttended" : "roster.markedNoShow", marked);
            selection = new ArrayList<>();
        } catch (DomainException e) {
            FacesTexts.error(e, "roster");
        }
    }

    public void promote(RosterEntry entry) {
        try {
            waitingList.promoteManually(entry.id());
            FacesTexts.info("roster.promoted", entry.registration().getAccount().getFullName());
            refreshSession();
        } catch (DomainException e) {
            FacesTexts.error(e, "roster");
        }
    }

    public void cancel(RosterEntry entry) {
        try {
            registrations.cancel(entry.id(), user.getUsername(), true);
            FacesTexts.info("roster.cancelledOne", entry.registration().getAccount().getFullName());
            refreshSession();
        } catch (DomainException e) {
            FacesTexts.error(e, "roster");
        }
    }

    /** The attendee's certificate as a PDF download, in the organizer's language. */
    public StreamedContent certificate(RosterEntry entry) {
        byte[] pdf = attendance.certificate(entry.id(), user.getUsername(), true, FacesTexts.language());
        return DefaultStreamedContent.builder()
                .name(CertificateDocument.fileName(entry.registration()))
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    /** The PDF export writes with a font that has č, ć, đ and Cyrillic; PDF's standard fonts have none of them. */
    public PDFOptions getPdfOptions() {
        PDFOptions options = new PDFOptions();
        options.setFontName(ExportFonts.sans());
        options.setOrientation(PDFOrientationType.LANDSCAPE);
        return options;
    }

    public String getExportFileName() {
        return "eobuka-roster-" + sessionId;
    }

    public boolean isFound() { return session != null; }
    public RegistrationStatus[] getStatuses() { return RegistrationStatus.values(); }
    public TrainingSession getSession() { return session; }
    public LazyDataModel<RosterEntry> getEntries() { return entries; }
    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
    public RegistrationStatus getStatus() { return status; }
    public void setStatus(RegistrationStatus status) { this.status = status; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<RosterEntry> getSelection() { return selection; }
    public void setSelection(List<RosterEntry> selection) { this.selection = selection; }
}
