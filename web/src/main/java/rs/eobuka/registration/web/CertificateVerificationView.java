package rs.eobuka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.registration.AttendanceService;
import rs.eobuka.registration.Registration;

/** Anyone checks a certificate's code: whose it is, for which training, when and where. */
@Named
@ViewScoped
public class CertificateVerificationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttendanceService attendance;

    private String code;
    private Registration certificate;
    private boolean checked;

    /** Follows a link with {@code ?code=}; a page without one shows only the form. */
    public void load() {
        if (code != null && !code.isBlank()) {
            verify();
        }
    }

    public void verify() {
        certificate = attendance.verify(code).filter(r -> r.getCertificateCode() != null).orElse(null);
        checked = true;
    }

    public String getTrainingTitle() {
        return certificate.getSession().getTraining().title(FacesTexts.language());
    }

    public String getCity() {
        return certificate.getSession().getLsgu().name(FacesTexts.language().isCyrillic());
    }

    public boolean isFound() { return certificate != null; }
    public boolean isChecked() { return checked; }
    public Registration getCertificate() { return certificate; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip(); }
}
