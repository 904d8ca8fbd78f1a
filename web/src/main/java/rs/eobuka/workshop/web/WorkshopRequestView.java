package rs.eobuka.workshop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.session.Topic;
import rs.eobuka.workshop.WorkshopRequest;
import rs.eobuka.workshop.WorkshopRequestDetails;
import rs.eobuka.workshop.WorkshopRequestService;

/**
 * workshops/request.xhtml: a participant asks for a workshop: topic, their LSGU (preset to their
 * own), organisation, how many will come, up to three preferred windows, and what else helps.
 * A refusal is shown next to its field and keeps everything typed.
 */
@Named
@ViewScoped
public class WorkshopRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkshopRequestService requests;

    @Inject
    transient CurrentUser user;

    @Inject
    transient rs.eobuka.account.AccountLookupService accounts;

    private Topic topic;
    private String lsguCode;
    private String organisationName;
    private Integer expectedParticipants;
    private final WindowPicks windows = new WindowPicks();
    private String venueOffer;
    private String contact;
    private String notes;
    private boolean lsguOnly;

    @jakarta.annotation.PostConstruct
    void prefill() {
        accounts.findByUsername(user.getUsername()).ifPresent(account -> {
            lsguCode = account.getLsguCode();
            organisationName = account.getOrganisationName();
            contact = account.getPhone();
        });
    }

    public void submit() throws IOException {
        try {
            WorkshopRequest request = requests.submit(new WorkshopRequestDetails(topic, lsguCode, organisationName,
                    expectedParticipants == null ? 0 : expectedParticipants, windows.windows(), venueOffer, contact, notes, lsguOnly),
                    user.getUsername());
            FacesTexts.infoAfterRedirect("/workshops/mine.xhtml", "workshop.submitted", String.valueOf(request.getId()));
        } catch (DomainException e) {
            FacesTexts.error(e, "request");
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, "request");
        }
    }

    public List<Topic> getTopics() { return WorkshopRequest.TOPICS.stream().sorted().toList(); }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public String getLsguCode() { return lsguCode; }
    public void setLsguCode(String lsguCode) { this.lsguCode = lsguCode; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public Integer getExpectedParticipants() { return expectedParticipants; }
    public void setExpectedParticipants(Integer expectedParticipants) { this.expectedParticipants = expectedParticipants; }
    public WindowPicks getWindows() { return windows; }
    public String getVenueOffer() { return venueOffer; }
    public void setVenueOffer(String venueOffer) { this.venueOffer = venueOffer; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public boolean isLsguOnly() { return lsguOnly; }
    public void setLsguOnly(boolean lsguOnly) { this.lsguOnly = lsguOnly; }
}
