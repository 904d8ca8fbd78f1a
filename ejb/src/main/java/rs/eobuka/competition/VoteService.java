package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.errors.TooManyRequestsException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.mail.Links;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.quota.HourlyQuota;
import rs.eobuka.platform.security.OneUseTokens;
import rs.eobuka.platform.time.SerbianTime;

/**
 * The public vote, without a process instance: a vote is cast for a published entry with an
 * e-mail address, which gets a one-use confirmation link; only a confirmed vote counts, once per
 * address and category (the unique key decides between two confirmations at the same moment).
 * No address is stored: the request and the vote keep its hash, salted with the competition's
 * own salt. Casting is limited per network address and hour against scripted voting.
 */
@Stateless
public class VoteService {

    /** Votes one network address may cast in a competition in an hour; {@code eobuka.competition.votes-per-hour}. */
    static final int DEFAULT_VOTES_PER_HOUR = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    HourlyQuota quota;

    @Inject
    MailOutbox outbox;

    /** Casts a vote and sends its confirmation link; nothing counts until it is confirmed. */
    public void cast(long competitionId, long entryId, String email, String clientAddress, Language language) {
        Competition competition = competition(competitionId);
        requireOpen(competition);
        CompetitionEntry entry = em.find(CompetitionEntry.class, entryId);
        if (entry == null || entry.getCompetition().getId() != competitionId || entry.getStatus() != EntryStatus.PUBLISHED) {
            throw new RuleViolationException("entryId", "competition.vote.entryUnknown");
        }
        takeQuota(competitionId, clientAddress);
        String voter = voterHash(competition, email);
        long categoryId = entry.getCategory().getId();
        if (!em.createNativeQuery("select 1 from competition_vote where category_id = ?1 and voter_hash = ?2")
                .setParameter(1, categoryId).setParameter(2, voter).getResultList().isEmpty()) {
            throw new ConflictException("email", "competition.vote.already");
        }
        String token = OneUseTokens.newToken();
        em.createNativeQuery("insert into competition_vote_request (token_hash, competition_id, category_id, entry_id, voter_hash, cast_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, OneUseTokens.hash(token)).setParameter(2, competitionId).setParameter(3, categoryId)
                .setParameter(4, entryId).setParameter(5, voter).setParameter(6, java.sql.Timestamp.from(Instant.now())).executeUpdate();
        outbox.enqueue(email.strip(), language, "competitionVoteConfirm", entry.getTitle(), competition.getTitle().in(language),
                Links.to("/competition/vote.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)),
                entry.getCategory().getName().in(language));
    }

    /** Confirms the vote of this link: once (a used link is a conflict), inside the window, and one per address and category. */
    public CompetitionVote confirm(String token) {
        String hash = token == null || token.isBlank() ? "" : OneUseTokens.hash(token.strip());
        List<?> rows = em.createNativeQuery("select competition_id, category_id, entry_id, voter_hash from competition_vote_request"
                + " where token_hash = ?1").setParameter(1, hash).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("competition.vote.unknown");
        }
        Object[] request = (Object[]) rows.get(0);
        long competitionId = ((Number) request[0]).longValue();
        requireOpen(competition(competitionId));
        Instant now = Instant.now();
        int used = em.createNativeQuery("update competition_vote_request set used_at = ?1 where token_hash = ?2 and used_at is null")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, hash).executeUpdate();
        if (used == 0) {
            throw new ConflictException(null, "competition.vote.used");
        }
        CompetitionVote vote = new CompetitionVote(competitionId, ((Number) request[1]).longValue(), ((Number) request[2]).longValue(),
                (String) request[3], now);
        em.persist(vote);
        try {
            em.flush();
        } catch (PersistenceException sameVoter) {
            // this address's vote in the category was confirmed first, perhaps at this very moment
            throw new ConflictException("email", "competition.vote.already");
        }
        return vote;
    }

    /** The vote behind a confirmation link, for its page; empty for a link no vote has. Reading it confirms nothing. */
    public Optional<VoteRequestDetails> requestByToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select entry_id, used_at from competition_vote_request where token_hash = ?1")
                .setParameter(1, OneUseTokens.hash(token.strip())).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] request = (Object[]) rows.get(0);
        CompetitionEntry entry = em.find(CompetitionEntry.class, ((Number) request[0]).longValue());
        Competition competition = entry.getCompetition();
        return Optional.of(new VoteRequestDetails(competition.getId(), competition.getTitle(), entry.getCategory().getName(), entry.getId(),
                entry.getTitle(), request[1] != null));
    }

    /** How many votes have been confirmed in the competition, all categories together: all the public sees while it runs. */
    public long votesCast(long competitionId) {
        return ((Number) em.createNativeQuery("select count(*) from competition_vote where competition_id = ?1")
                .setParameter(1, competitionId).getSingleResult()).longValue();
    }

    private Competition competition(long competitionId) {
        Competition competition = em.find(Competition.class, competitionId);
        if (competition == null) {
            throw new NotFoundException("competition.notFound");
        }
        return competition;
    }

    private static void requireOpen(Competition competition) {
        LocalDateTime now = SerbianTime.now();
        if (!competition.isVoteOpen(now)) {
            throw new RuleViolationException(null, now.isBefore(competition.getVoteOpens()) ? "competition.vote.notOpen" : "competition.vote.closed");
        }
    }

    private void takeQuota(long competitionId, String clientAddress) {
        LocalDateTime now = SerbianTime.now();
        LocalDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        String scope = "vote:" + competitionId;
        String client = OneUseTokens.hash(scope + ":" + (clientAddress == null ? "" : clientAddress));
        int limit = Integer.getInteger("eobuka.competition.votes-per-hour", DEFAULT_VOTES_PER_HOUR);
        boolean allowed;
        try {
            allowed = quota.take(scope, client, hour, limit);
        } catch (HourlyQuota.RaceException raced) {
            allowed = quota.take(scope, client, hour, limit);
        }
        if (!allowed) {
            throw new TooManyRequestsException(Duration.between(now, hour.plusHours(1)).toSeconds() + 1, "competition.vote.limit");
        }
    }

    static String voterHash(Competition competition, String email) {
        return OneUseTokens.hash(competition.getVoteSalt() + ":" + EntryDraft.normalisedEmail(email));
    }
}
