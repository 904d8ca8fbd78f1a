package rs.eobuka.session.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.booking.Booking;
import rs.eobuka.session.SessionPlan;
import rs.eobuka.session.TrainingSession;

/**
 * What the proposal and revision forms edit: a {@link SessionPlan} field by field, so that a
 * refused form keeps everything typed. Shared by {@code SessionProposalView} and
 * {@code SessionRevisionView} through {@code WEB-INF/includes/session-plan.xhtml}.
 */
public class SessionPlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long trainingId;
    private String lsguCode;
    private String venue;
    private String address;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private LocalDateTime registrationDeadline;
    private Integer capacity;
    private Integer lsguQuota;
    private String trainers;
    private OrganisationType[] audienceTypes = new OrganisationType[0];
    private Long[] trainerIds = new Long[0];
    private Long venueId;

    /** The session's plan with the trainers and venue it holds in the booking calendar. */
    public static SessionPlanForm of(TrainingSession session, List<Booking> held) {
        SessionPlanForm form = of(session);
        form.trainerIds = held.stream().filter(Booking::isTrainerBooking).map(b -> b.getTrainer().getId()).toArray(Long[]::new);
        form.venueId = held.stream().filter(b -> !b.isTrainerBooking()).map(b -> b.getVenue().getId()).findFirst().orElse(null);
        return form;
    }

    public static SessionPlanForm of(TrainingSession session) {
        SessionPlanForm form = new SessionPlanForm();
        form.trainingId = session.getTraining().getId();
        form.lsguCode = session.getLsgu().getCode();
        form.venue = session.getVenue();
        form.address = session.getAddress();
        form.startsAt = session.getStartsAt();
        form.endsAt = session.getEndsAt();
        form.registrationDeadline = session.getRegistrationDeadline();
        form.capacity = session.getCapacity();
        form.lsguQuota = session.getLsguQuota();
        form.trainers = session.getTrainers();
        form.audienceTypes = session.getAudienceTypes().toArray(OrganisationType[]::new);
        return form;
    }

    public SessionPlan toPlan() {
        return new SessionPlan(trainingId, lsguCode, venue, address, startsAt, endsAt, registrationDeadline,
                capacity == null ? 0 : capacity, lsguQuota, trainers,
                audienceTypes == null || audienceTypes.length == 0 ? null : EnumSet.copyOf(List.of(audienceTypes)),
                trainerIds == null ? Set.of() : Set.of(trainerIds), venueId);
    }

    public Long getTrainingId() { return trainingId; }
    public void setTrainingId(Long trainingId) { this.trainingId = trainingId; }
    public String getLsguCode() { return lsguCode; }
    public void setLsguCode(String lsguCode) { this.lsguCode = lsguCode == null || lsguCode.isBlank() ? null : lsguCode; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public LocalDateTime getRegistrationDeadline() { return registrationDeadline; }
    public void setRegistrationDeadline(LocalDateTime registrationDeadline) { this.registrationDeadline = registrationDeadline; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public Integer getLsguQuota() { return lsguQuota; }
    public void setLsguQuota(Integer lsguQuota) { this.lsguQuota = lsguQuota; }
    public String getTrainers() { return trainers; }
    public void setTrainers(String trainers) { this.trainers = trainers; }
    public OrganisationType[] getAudienceTypes() { return audienceTypes; }
    public void setAudienceTypes(OrganisationType[] audienceTypes) { this.audienceTypes = audienceTypes; }
    public Long[] getTrainerIds() { return trainerIds; }
    public void setTrainerIds(Long[] trainerIds) { this.trainerIds = trainerIds; }
    public Long getVenueId() { return venueId; }
    public void setVenueId(Long venueId) { this.venueId = venueId; }
}
