package rs.eobuka.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.registration.RegistrationStatus;
import rs.eobuka.session.SessionService;
import rs.eobuka.session.Topic;
import rs.eobuka.session.TrainingSession;

/**
 * One session of the catalogue: what, where, when, seats; a signed-in person registers here
 * with consent, or sees the registration they already hold.
 */
@Named
@ViewScoped
public class CatalogueSessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionService sessions;

    @Inject
    transient RegistrationService registrations;

    @Inject
    transient CurrentUser user;

    private Long id;
    private TrainingSession session;
    private Registration active;
    private long position;
    private boolean consent;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            session = sessions.getPublic(id);
        } catch (NotFoundException e) {
            session = null;
            return;
        }
        loadActive();
    }

    private void loadActive() {
        active = user.isSignedIn() ? registrations.findActive(session.getId(), user.getUsername()).orElse(null) : null;
        position = active == null ? 0 : registrations.waitlistPosition(active);
    }

    /** One registration per click; the button is disabled while the request runs and the service refuses a second one. */
    public void register() {
        if (!user.isParticipant()) {
            // the form is shown to participants only; a postback from another role is refused as the API refuses it
            FacesTexts.error("session.participantsOnly");
            return;
        }
        try {
            Registration registration = registrations.register(session.getId(), user.getUsername(), consent);
            session = sessions.getPublic(session.getId());
            loadActive();
            if (registration.getStatus() == RegistrationStatus.WAITLISTED) {
                FacesTexts.info("catalogue.registered.waitlisted", position);
            } else {
                FacesTexts.info("catalogue.registered.pending");
            }
            consent = false;
        } catch (DomainException e) {
            FacesTexts.error(e, "registerForm");
        }
    }

    public String getTitle() {
        return session == null ? "" : session.getTraining().title(language());
    }

    public String getDescription() {
        return session == null ? "" : session.getTraining().description(language());
    }

    public String getCity() {
        return session.getLsgu().name(language().isCyrillic());
    }

    /** The programme's co-organisers, one per line as entered. */
    public List<String> getCoOrganisers() {
        String lines = session.getTraining().getProgramme().getCoOrganisers();
        return lines == null ? List.of() : Arrays.stream(lines.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Topics in a fixed order (the enum's), so the page reads the same each time. */
    public List<Topic> getTopics() {
        return Arrays.stream(Topic.values()).filter(session.getTraining().getTopics()::contains).toList();
    }

    public List<OrganisationType> getAudienceTypes() {
        return Arrays.stream(OrganisationType.values()).filter(session.getAudienceTypes()::contains).toList();
    }

    /** Published and not started: the form is offered (the process still checks the deadline and audience). */
    public boolean isOpen() {
        return session != null && session.isOpenForRegistration(SerbianTime.now());
    }

    /** Where the login page sends the person back to. */
    public String getReturnPath() {
        return "/catalogue/session.xhtml?id=" + id;
    }

    private static Language language() {
        return FacesTexts.language();
    }

    public boolean isFound() { return session != null; }
    public TrainingSession getSession() { return session; }
    public Registration getActive() { return active; }
    public long getPosition() { return position; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
}
