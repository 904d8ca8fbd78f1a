package rs.eobuka.account.web;

import rs.eobuka.account.AccountLookupService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import rs.eobuka.account.Account;
import rs.eobuka.account.ProfileService;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.account.ProfileDetails;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.i18n.web.LanguageFilter;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.LsguFilter;
import rs.eobuka.reference.LsguService;

/** The signed-in person's own details: who they are, where they work, how to reach them, their language. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProfileService profiles;

    @Inject
    transient AccountLookupService accounts;

    @Inject
    transient LsguService lsgus;

    @Inject
    transient CurrentUser user;

    private String username;
    private String email;
    private String fullName;
    private String lsguCode;
    private OrganisationType organisationType;
    private String organisationName;
    private String jobTitle;
    private String phone;
    private String language;

    @PostConstruct
    void init() {
        Account account = accounts.findByUsername(user.getUsername()).orElseThrow();
        username = account.getUsername();
        email = account.getEmail();
        fill(ProfileDetails.of(account));
    }

    private void fill(ProfileDetails details) {
        fullName = details.fullName();
        lsguCode = details.lsguCode();
        organisationType = details.organisationType();
        organisationName = details.organisationName();
        jobTitle = details.jobTitle();
        phone = details.phone();
        language = details.language();
    }

    public void save() throws IOException {
        try {
            Language before = FacesTexts.language();
            Account account = profiles.updateProfile(user.getUsername(), new ProfileDetails(fullName, lsguCode, organisationType,
                    organisationName, jobTitle, phone, language));
            fill(ProfileDetails.of(account));
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            Language chosen = account.preferredLanguage();
            request.getSession().setAttribute(LanguageFilter.SESSION_KEY, chosen);
            if (chosen != before) {
                // the page is rendered again, header and menu too, in the language just chosen
                FacesTexts.infoAfterRedirect("/account/profile.xhtml", "profile.saved");
            } else {
                FacesTexts.info("profile.saved");
            }
        } catch (DomainException e) {
            FacesTexts.error(e, "profile");
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, "profile");
        }
    }

    public List<LocalSelfGovernmentUnit> getUnits() {
        return lsgus.find(LsguFilter.all(), 0, 500);
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
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
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
