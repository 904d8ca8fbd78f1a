package rs.eobuka.registration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.PagedModel;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.registration.RegistrationStatus;

/** The signed-in person's own registrations, paged, with cancelling, calendar files and certificates. */
@Named
@ViewScoped
public class MyRegistrationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RegistrationService registrations;

    @Inject
    transient CurrentUser user;

    private LazyDataModel<Registration> mine;

    @PostConstruct
    void init() {
        String username = user.getUsername();
        mine = new PagedModel<>(() -> registrations.countMine(username),
                (first, max) -> registrations.findMine(username, first, max), r -> String.valueOf(r.getId()));
    }

    public void cancel(Registration registration) {
        try {
            registrations.cancel(registration.getId(), user.getUsername(), user.isOrganizer() || user.isAdmin());
            FacesTexts.info("myRegistrations.cancelled",
                    registration.getSession().getTraining().title(FacesTexts.language()));
        } catch (DomainException e) {
            FacesTexts.error(e, "registrationsForm");
        }
    }

    /** Place on the waiting list, counting from 1; 0 when not waiting. */
    public long position(Registration registration) {
        return registration.getStatus() == RegistrationStatus.WAITLISTED ? registrations.waitlistPosition(registration) : 0;
    }

    public boolean hasCertificate(Registration registration) {
        return registration.getStatus() == RegistrationStatus.ATTENDED && registration.getCertificateCode() != null;
    }

    public LazyDataModel<Registration> getMine() { return mine; }
}
