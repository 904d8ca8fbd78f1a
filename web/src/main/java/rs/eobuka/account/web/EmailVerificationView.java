package rs.eobuka.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rs.eobuka.account.SignUpService;
import rs.eobuka.platform.errors.DomainException;

/** The page the e-mailed link opens: tells the sign-up's process that the address is real. */
@Named
@RequestScoped
public class EmailVerificationView {

    @Inject
    SignUpService signUps;

    private String token;
    private boolean verified;

    public void load() {
        try {
            signUps.verifyEmail(token);
            verified = true;
        } catch (DomainException e) {
            verified = false;
        }
    }

    public boolean isVerified() { return verified; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
