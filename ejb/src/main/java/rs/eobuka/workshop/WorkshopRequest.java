package rs.eobuka.workshop;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import rs.eobuka.booking.DateWindow;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.NotPersonalData;
import rs.eobuka.platform.privacy.PersonalColumn;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;
import rs.eobuka.session.Topic;

/**
 * A participant's request for a workshop, from submission to the held event. Each step of the
 * {@code workshop-scheduling} process changes it through a method that checks the status it
 * starts from, so a stale form or a repeated call is refused rather than applied twice.
 */
@PersonalColumn(table = "workshop_checklist_tick", column = "ticked_by", activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY,
        key = SubjectKey.USERNAME)
@NotPersonalData(columns = "organisation_name", why = "the requesting organisation; its contact person is in the contact column")
@Entity
@Table(name = "workshop_request")
public class WorkshopRequest {

    /** The topics workshops are given on. */
    public static final Set<Topic> TOPICS = EnumSet.of(Topic.E_SICK_LEAVE, Topic.E_PAY, Topic.URNTR);

    @Id
    @SequenceGenerator(name = "workshop_request_seq", sequenceName = "workshop_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workshop_request_seq")
    private Long id;
    @PersonalData(activity = ProcessingActivity.WORKSHOP_REQUESTS, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    private String requester;
    @Enumerated(EnumType.STRING)
    private Topic topic;
    @Column(name = "lsgu_code")
    private String lsguCode;
    @Column(name = "organisation_name")
    private String organisationName;
    @Column(name = "expected_participants")
    private int expectedParticipants;
    @Column(name = "venue_offer")
    private String venueOffer;
    @PersonalData(activity = ProcessingActivity.WORKSHOP_REQUESTS, category = DataCategory.CONTACT)
    private String contact;
    private String notes;
    @Column(name = "lsgu_only")
    private boolean lsguOnly;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workshop_window", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<PreferredWindow> windows = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private WorkshopStatus status;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "caravan_event_id")
    private Long caravanEventId;
    @Column(name = "triage_escalated")
    private boolean triageEscalated;
    @Column(name = "proposed_start")
    private LocalDateTime proposedStart;
    @Column(name = "proposed_end")
    private LocalDateTime proposedEnd;
    @Column(name = "proposed_venue_id")
    private Long proposedVenueId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workshop_proposed_trainer", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "trainer_id")
    private Set<Long> proposedTrainerIds = new HashSet<>();
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "counter_comment")
    private String counterComment;
    @Column(name = "no_answer")
    private boolean noAnswer;
    @Column(name = "session_id")
    private Long sessionId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workshop_checklist_tick", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "item")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<ChecklistItem, ChecklistTick> checklist = new EnumMap<>(ChecklistItem.class);
    @Column(name = "checklist_flagged")
    private boolean checklistFlagged;
    @Column(name = "participants_present")
    private Integer participantsPresent;
    @Column(name = "citizens_helped")
    private Long citizensHelped;
    @Column(name = "report_issues")
    private String reportIssues;
    @Column(name = "report_next_requests")
    private String reportNextRequests;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "reported_by")
    private String reportedBy;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdraw_reason")
    private String withdrawReason;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected WorkshopRequest() {
    }

    public WorkshopRequest(String requester, WorkshopRequestDetails details, Instant now) {
        this.requester = Objects.requireNonNull(requester);
        this.topic = details.topic();
        this.lsguCode = details.lsguCode().strip();
        this.organisationName = details.organisationName().strip();
        this.expectedParticipants = details.expectedParticipants();
        this.venueOffer = blankToNull(details.venueOffer());
        this.contact = blankToNull(details.contact());
        this.notes = blankToNull(details.notes());
        this.lsguOnly = details.lsguOnly();
        replaceWindows(details.preferredWindows());
        this.status = WorkshopStatus.SUBMITTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void accept(Long caravanEventId, Instant now) {
        requireStatus(WorkshopStatus.SUBMITTED);
        this.status = WorkshopStatus.ACCEPTED;
        this.caravanEventId = caravanEventId;
        this.updatedAt = now;
    }

    public void decline(String reason, Instant now) {
        requireStatus(WorkshopStatus.SUBMITTED);
        this.status = WorkshopStatus.DECLINED;
        this.declineReason = Objects.requireNonNull(reason);
        this.updatedAt = now;
    }

    public void markTriageEscalated() {
        this.triageEscalated = true;
    }

    /** The organizer's proposal, made once its trainers and venue are booked; clears a lapsed answer's flag. */
    public void propose(LocalDateTime start, LocalDateTime end, Set<Long> trainerIds, Long venueId, String organizer, Instant now) {
        requireStatus(WorkshopStatus.ACCEPTED);
        this.status = WorkshopStatus.PROPOSED;
        this.proposedStart = start;
        this.proposedEnd = end;
        this.proposedTrainerIds.clear();
        this.proposedTrainerIds.addAll(trainerIds);
        this.proposedVenueId = venueId;
        this.proposedBy = organizer;
        this.noAnswer = false;
        this.updatedAt = now;
    }

    public void acceptProposal(Instant now) {
        requireStatus(WorkshopStatus.PROPOSED);
        this.status = WorkshopStatus.CONFIRMED;
        this.updatedAt = now;
    }

    /** The requester's counter-proposal: new windows and why; the organizer proposes again. */
    public void counterPropose(List<DateWindow> windows, String comment, Instant now) {
        requireStatus(WorkshopStatus.PROPOSED);
        replaceWindows(windows);
        this.counterComment = comment;
        this.status = WorkshopStatus.ACCEPTED;
        this.updatedAt = now;
    }

    /** The requester let the proposal lapse: back to the organizer, flagged. */
    public void markNoAnswer(Instant now) {
        requireStatus(WorkshopStatus.PROPOSED);
        this.noAnswer = true;
        this.status = WorkshopStatus.ACCEPTED;
        this.updatedAt = now;
    }

    public void publishedAs(long sessionId) {
        this.sessionId = sessionId;
    }

    public void tick(ChecklistItem item, String organizer, Instant now) {
        requireStatus(WorkshopStatus.CONFIRMED);
        checklist.putIfAbsent(item, new ChecklistTick(organizer, now));
        this.updatedAt = now;
    }

    public void untick(ChecklistItem item, Instant now) {
        requireStatus(WorkshopStatus.CONFIRMED);
        checklist.remove(item);
        this.updatedAt = now;
    }

    public boolean isChecklistComplete() {
        return checklist.keySet().containsAll(EnumSet.allOf(ChecklistItem.class));
    }

    public void flagChecklist() {
        this.checklistFlagged = true;
    }

    public void fileReport(int participantsPresent, Long citizensHelped, String issues, String nextRequests, String organizer,
                           Instant now) {
        requireStatus(WorkshopStatus.CONFIRMED);
        this.participantsPresent = participantsPresent;
        this.citizensHelped = citizensHelped;
        this.reportIssues = blankToNull(issues);
        this.reportNextRequests = blankToNull(nextRequests);
        this.reportedBy = organizer;
        this.reportedAt = now;
        this.updatedAt = now;
    }

    public void markHeld(Instant now) {
        requireStatus(WorkshopStatus.CONFIRMED);
        this.status = WorkshopStatus.HELD;
        this.updatedAt = now;
    }

    public void withdraw(String by, String reason, Instant now) {
        if (!status.isOpen()) {
            throw new ConflictException("status", "workshop.wrongStatus", status.name());
        }
        this.status = WorkshopStatus.WITHDRAWN;
        this.withdrawnBy = by;
        this.withdrawReason = Objects.requireNonNull(reason);
        this.updatedAt = now;
    }

    public boolean isRequestedBy(String username) {
        return requester.equals(username);
    }

    public List<DateWindow> preferredWindows() {
        return windows.stream().map(PreferredWindow::window).toList();
    }

    /** The label of its bookings in the calendar and in a conflict message. */
    public String bookingLabel() {
        return "#" + id + " " + topic.name() + ", " + organisationName;
    }

    private void replaceWindows(List<DateWindow> newWindows) {
        windows.clear();
        newWindows.forEach(w -> windows.add(new PreferredWindow(w)));
    }

    private void requireStatus(WorkshopStatus expected) {
        if (status != expected) {
            throw new ConflictException("status", "workshop.wrongStatus", status.name());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() { return id; }
    public String getRequester() { return requester; }
    public Topic getTopic() { return topic; }
    public String getLsguCode() { return lsguCode; }
    public String getOrganisationName() { return organisationName; }
    public int getExpectedParticipants() { return expectedParticipants; }
    public String getVenueOffer() { return venueOffer; }
    public String getContact() { return contact; }
    public String getNotes() { return notes; }
    public boolean isLsguOnly() { return lsguOnly; }
    public List<PreferredWindow> getWindows() { return List.copyOf(windows); }
    public WorkshopStatus getStatus() { return status; }
    public String getDeclineReason() { return declineReason; }
    public Long getCaravanEventId() { return caravanEventId; }
    public boolean isTriageEscalated() { return triageEscalated; }
    public LocalDateTime getProposedStart() { return proposedStart; }
    public LocalDateTime getProposedEnd() { return proposedEnd; }
    public Long getProposedVenueId() { return proposedVenueId; }
    public Set<Long> getProposedTrainerIds() { return Set.copyOf(proposedTrainerIds); }
    public String getProposedBy() { return proposedBy; }
    public String getCounterComment() { return counterComment; }
    public boolean isNoAnswer() { return noAnswer; }
    public Long getSessionId() { return sessionId; }
    public Map<ChecklistItem, ChecklistTick> getChecklist() { return Map.copyOf(checklist); }
    public boolean isChecklistFlagged() { return checklistFlagged; }
    public Integer getParticipantsPresent() { return participantsPresent; }
    public Long getCitizensHelped() { return citizensHelped; }
    public String getReportIssues() { return reportIssues; }
    public String getReportNextRequests() { return reportNextRequests; }
    public String getReportedBy() { return reportedBy; }
    public Instant getReportedAt() { return reportedAt; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public String getWithdrawReason() { return withdrawReason; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
