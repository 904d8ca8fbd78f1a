package rs.eobuka.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import rs.eobuka.account.SignUpService;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.account.SignUp;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.LsguFilter;
import rs.eobuka.reference.LsguService;

/** Self sign-up of a participant; the account is active once the e-mail link is followed. */
@Named
@ViewScoped
public class SignUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignUpService signUps;

    @Inject
    transient LsguService lsgus;

    private String fullName;
    private String email;
    private String password;
    private String lsguCode;
    private OrganisationType organisationType;
    private String organisationName;
    private String jobTitle;
    private String phone;
    private boolean consent;
    private boolean done;

    public void signUp() {
        try {
            signUps.signUpOrTellOwner(new SignUp(fullName, email, password, lsguCode, organisationType, organisationName,
                    jobTitle, phone, FacesTexts.language().tag(), consent));
            done = true;
            password = null;
        } catch (DomainException e) {
            FacesTexts.error(e, "signup");
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, "signup");
        }
    }

    /** The units offered in the picker, all 175 in scope, sorted by district and name. */
    public List<LocalSelfGovernmentUnit> getUnits() {
        return lsgus.find(LsguFilter.all(), 0, 500);
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    public boolean isDone() { return done; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getLsguCode() { return lsguCode; }
    public void setLsguCode(String lsguCode) { this.lsguCode = lsguCode; }
    public OrganisationType getOrganisationType() { return organisationType; }
    public void setOrganisationType(OrganisationType organisationType) { this.organisationType = organisationType; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
}
