package rs.eobuka.platform.security.web;

import jakarta.security.enterprise.credential.Credential;

/** The login page's second step: the code of the authenticator app, for the sign-in waiting in the session. */
public record OneTimeCodeCredential(String code) implements Credential {
}
