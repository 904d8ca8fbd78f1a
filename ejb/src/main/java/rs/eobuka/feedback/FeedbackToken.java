package rs.eobuka.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import rs.eobuka.platform.security.OneUseTokens;

/**
 * One link to an invitation: the SHA-256 of its token ({@link OneUseTokens}), so a copy of the
 * database opens no questionnaire.
 */
@Entity
@Table(name = "feedback_token")
public class FeedbackToken {

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
        return OneUseTokens.newToken();
    }

    static String hash(String token) {
        return OneUseTokens.hash(token);
    }

    public FeedbackInvitation getInvitation() {
        return invitation;
    }
}
