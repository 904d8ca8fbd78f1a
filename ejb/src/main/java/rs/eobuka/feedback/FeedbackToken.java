package rs.eobuka.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One link to an invitation. The token is 256 random bits, sent and never stored: the database
 * keeps its SHA-256, so a copy of the database opens no questionnaire.
 */
@Entity
@Table(name = "feedback_token")
public class FeedbackToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invitation_id")
    private FeedbackInvitation invitation;
    @Column(name = "issued_at")
    private Instant issuedAt;

    protected FeedbackToken() {
    }

    FeedbackToken(String tokenHash, FeedbackInvitation invitation, Instant issuedAt) {
        this.tokenHash = tokenHash;
        this.invitation = invitation;
        this.issuedAt = issuedAt;
    }

    /** A new token, URL-safe (43 characters). */
    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public FeedbackInvitation getInvitation() {
        return invitation;
    }
}
