package rs.eobuka.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import rs.eobuka.account.ErasureRequest;
import rs.eobuka.account.ErasureService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/** The profile's "Forget me": the signed-in person asks for their data to be erased, and sees that an administrator has the request. */
@Named
@ViewScoped
public class ErasureRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ErasureService erasures;

    @Inject
    transient CurrentUser user;

    private ErasureRequest pending;

    @PostConstruct
    public void refresh() {
        pending = erasures.openRequestOf(user.getUsername()).orElse(null);
    }

    public void request() {
        try {
            pending = erasures.request(user.getUsername());
            FacesTexts.info("privacy.erasure.requested");
        } catch (DomainException e) {
            FacesTexts.error(e, "forgetMe");
        }
    }

    public ErasureRequest getPending() { return pending; }
}
