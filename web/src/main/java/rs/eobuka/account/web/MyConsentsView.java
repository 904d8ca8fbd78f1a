package rs.eobuka.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.privacy.ConsentRecord;
import rs.eobuka.platform.privacy.ConsentService;
import rs.eobuka.platform.security.web.CurrentUser;

/** The profile's list of the consents the signed-in person gave, each withdrawable. */
@Named
@ViewScoped
public class MyConsentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsentService consentService;

    @Inject
    transient AccountLookupService accounts;

    @Inject
    transient CurrentUser user;

    /** Withdrawing the sign-up consent files a request to be forgotten, which the same page shows. */
    @Inject
    ErasureRequestView erasureRequest;

    private long accountId;
    private List<ConsentRecord> consents;

    @PostConstruct
    void init() {
        accountId = accounts.findByUsername(user.getUsername()).orElseThrow().getId();
        consents = consentService.ofAccount(accountId);
    }

    public void withdraw(long consentId) {
        try {
            consentService.withdraw(consentId, accountId, user.getUsername());
            FacesTexts.info("privacy.consent.withdrawn");
            erasureRequest.refresh();
        } catch (DomainException e) {
            FacesTexts.error(e, "consents");
        }
        consents = consentService.ofAccount(accountId);
    }

    public List<ConsentRecord> getConsents() { return consents; }
}
