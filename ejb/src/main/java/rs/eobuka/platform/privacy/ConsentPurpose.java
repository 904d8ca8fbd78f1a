package rs.eobuka.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;

/**
 * What a person consents to, each with the text they are shown (a message key). The version of
 * a consent is the language and a hash of that text as shown, so a changed wording is a new
 * version without anyone having to remember to number it.
 */
public enum ConsentPurpose {
    /** Signing up: the account's data kept to take part in the programme. */
    SIGN_UP("signup.consent.text"),
    /** One training's registration. */
    TRAINING_REGISTRATION("session.consent.text"),
    /** A competition entry: its rules, and the entry published with the entrant's name. */
    COMPETITION_ENTRY("competition.entry.consentText");

    private final String textKey;

    ConsentPurpose(String textKey) {
        this.textKey = textKey;
    }

    public String textKey() {
        return textKey;
    }

    public String messageKey() {
        return "privacy.consent.purpose." + name();
    }

    /** E.g. {@code sr-Latn:3f9a0c1be27d44a1}: the language and the first 64 bits of the SHA-256 of the text shown in it. */
    public String version(Language language) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Texts.message(language, textKey).getBytes(StandardCharsets.UTF_8));
            return language.tag() + ":" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
