package rs.eobuka.registration.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.registration.ProcessStep;
import rs.eobuka.registration.RegistrationProgress;
import rs.eobuka.registration.RegistrationProgressService;

/** One registration, for its owner or an organizer: its details and where it stands in its process. */
@Named
@ViewScoped
public class RegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RegistrationProgressService progressService;

    @Inject
    transient CurrentUser user;

    private Long id;
    private RegistrationProgress progress;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (id == null) {
            external.responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            progress = progressService.progress(id, user.getUsername(), user.isOrganizer() || user.isAdmin());
        } catch (NotFoundException e) {
            external.responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (AccessDeniedException e) {
            external.responseSendError(403, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** The bundle key of a step's name. */
    public String stepKey(ProcessStep step) {
        return "step." + step.activityId();
    }

    public RegistrationProgress getProgress() { return progress; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
