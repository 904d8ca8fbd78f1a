package rs.eobuka.booking.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.booking.Trainer;
import rs.eobuka.booking.TrainerDetails;
import rs.eobuka.booking.TrainerFilter;
import rs.eobuka.booking.TrainerService;
import rs.eobuka.booking.TrainerSort;
import rs.eobuka.booking.TrainerUnavailability;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.web.PagedModel;
import rs.eobuka.session.Topic;

/**
 * organizer/trainers.xhtml: the trainers, filtered, sorted and paged in the database, and the
 * dialog that writes one (topics, where they travel) and keeps their periods away. A refused
 * dialog keeps everything typed.
 */
@Named
@ViewScoped
public class TrainerAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrainerService trainers;

    private String textFilter;
    private Topic topicFilter;
    private String regionFilter;
    private String lsguFilter;
    private boolean withInactive;
    private LazyDataModel<Trainer> list;

    private Long editedId;
    private String fullName;
    private String email;
    private String phone;
    private boolean active = true;
    private Topic[] topics = new Topic[0];
    private String[] regions = new String[0];
    private String[] lsguCodes = new String[0];

    private LocalDateTime awayFrom;
    private LocalDateTime awayTo;
    private String awayReason;

    @PostConstruct
    void init() {
        list = PagedModel.sorted(() -> trainers.count(filter()),
                (first, max, field, ascending) -> trainers.find(filter(), sort(field), ascending, first, max),
                trainer -> trainer.getId().toString());
    }

    private TrainerFilter filter() {
        return new TrainerFilter(textFilter, topicFilter, regionFilter, lsguFilter, withInactive ? null : Boolean.TRUE);
    }

    private static TrainerSort sort(String field) {
        if ("email".equals(field)) {
            return TrainerSort.EMAIL;
        }
        return "createdAt".equals(field) ? TrainerSort.CREATED_AT : TrainerSort.NAME;
    }

    public void startNew() {
        editedId = null;
        fullName = email = phone = null;
        active = true;
        topics = new Topic[0];
        regions = new String[0];
        lsguCodes = new String[0];
        clearAbsence();
    }

    public void edit(Trainer trainer) {
        Trainer current = trainers.find(trainer.getId());
        editedId = current.getId();
        fullName = current.getFullName();
        email = current.getEmail();
        phone = current.getPhone();
        active = current.isActive();
        topics = current.getTopics().stream().sorted().toArray(Topic[]::new);
        regions = current.getRegions().stream().sorted().toArray(String[]::new);
        lsguCodes = current.getLsguCodes().stream().sorted().toArray(String[]::new);
        clearAbsence();
    }

    /** Creates or updates; a new trainer stays open in the dialog so their periods away can be added. */
    public void save() {
        TrainerDetails details = new TrainerDetails(fullName, email, phone,
                topics == null || topics.length == 0 ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(List.of(topics)),
                regions == null ? Set.of() : Set.of(regions), lsguCodes == null ? Set.of() : Set.of(lsguCodes));
        try {
            boolean created = editedId == null;
            Trainer saved = created ? trainers.create(details) : trainers.update(editedId, details);
            if (saved.isActive() != active) {
                saved = trainers.setActive(saved.getId(), active);
            }
            editedId = saved.getId();
            FacesTexts.info(created ? "trainers.created" : "trainers.saved", saved.getFullName());
        } catch (DomainException e) {
            FacesTexts.error(e, "trainerForm");
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, "trainerForm");
        }
    }

    public void addAbsence() {
        if (editedId == null) {
            return;
        }
        try {
            trainers.addUnavailability(editedId, awayFrom, awayTo, awayReason);
            FacesTexts.info("trainers.absenceAdded");
            clearAbsence();
        } catch (DomainException e) {
            FacesTexts.error(e, "trainerForm");
        }
    }

    public void removeAbsence(TrainerUnavailability absence) {
        try {
            trainers.removeUnavailability(editedId, absence.getId());
        } catch (DomainException e) {
            FacesTexts.error(e, "trainerForm");
        }
    }

    private void clearAbsence() {
        awayFrom = null;
        awayTo = null;
        awayReason = null;
    }

    /** The edited trainer's periods away, earliest first. */
    public List<TrainerUnavailability> getAbsences() {
        return editedId == null ? List.of() : trainers.unavailabilities(editedId);
    }

    public LazyDataModel<Trainer> getList() { return list; }
    public boolean isEditing() { return editedId != null; }
    public String getTextFilter() { return textFilter; }
    public void setTextFilter(String textFilter) { this.textFilter = textFilter; }
    public Topic getTopicFilter() { return topicFilter; }
    public void setTopicFilter(Topic topicFilter) { this.topicFilter = topicFilter; }
    public String getRegionFilter() { return regionFilter; }
    public void setRegionFilter(String regionFilter) { this.regionFilter = regionFilter; }
    public String getLsguFilter() { return lsguFilter; }
    public void setLsguFilter(String lsguFilter) { this.lsguFilter = lsguFilter; }
    public boolean isWithInactive() { return withInactive; }
    public void setWithInactive(boolean withInactive) { this.withInactive = withInactive; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Topic[] getTopics() { return topics; }
    public void setTopics(Topic[] topics) { this.topics = topics; }
    public String[] getRegions() { return regions; }
    public void setRegions(String[] regions) { this.regions = regions; }
    public String[] getLsguCodes() { return lsguCodes; }
    public void setLsguCodes(String[] lsguCodes) { this.lsguCodes = lsguCodes; }
    public LocalDateTime getAwayFrom() { return awayFrom; }
    public void setAwayFrom(LocalDateTime awayFrom) { this.awayFrom = awayFrom; }
    public LocalDateTime getAwayTo() { return awayTo; }
    public void setAwayTo(LocalDateTime awayTo) { this.awayTo = awayTo; }
    public String getAwayReason() { return awayReason; }
    public void setAwayReason(String awayReason) { this.awayReason = awayReason; }
}
