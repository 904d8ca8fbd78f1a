package rs.eobuka.feedback;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.query.NativeQuery;

/**
 * The counts a survey keeps of itself, written in the transaction that invites or answers:
 * invitations, answers by invitation, answers in all, and per question how often each choice was
 * given ({@code feedback_tally}). Results, reports and the map read these instead of every
 * answer. An answer first updates its survey's row, whose lock it then holds to the commit, so
 * the tally rows of one survey are written by one answer at a time and a missing row can be
 * inserted without a race.
 */
@Stateless
public class SurveyTally {

    /** The choice a free-text answer is counted under (options have positive ids, scales 0 to 10). */
    public static final long FREE_TEXT = -1;

    @PersistenceContext
    EntityManager em;

    public void invited(long surveyId, int count) {
        if (count > 0) {
            update("update feedback_survey set invitations = invitations + ?1 where id = ?2")
                    .setParameter(1, count).setParameter(2, surveyId).executeUpdate();
        }
    }

    /** Counts a response just persisted; {@code byInvitation} when it used an invitation's link. */
    public void answered(FeedbackResponse response, boolean byInvitation) {
        long surveyId = response.getSurveyId();
        update("update feedback_survey set responses = responses + 1, answered_invitations = answered_invitations + ?1 where id = ?2")
                .setParameter(1, byInvitation ? 1 : 0).setParameter(2, surveyId).executeUpdate();
        // in one order, question then choice, like every other answer of the survey
        Map<Long, Map<Long, Integer>> choices = new TreeMap<>();
        for (FeedbackAnswer answer : response.getAnswers()) {
            choices.computeIfAbsent(answer.getQuestionId(), q -> new TreeMap<>()).merge(choiceOf(answer), 1, Integer::sum);
        }
        choices.forEach((question, counts) -> counts.forEach((choice, count) -> {
            int counted = update("update feedback_tally set answers = answers + ?1 where survey_id = ?2 and question_id = ?3 and choice = ?4")
                    .setParameter(1, count).setParameter(2, surveyId).setParameter(3, question).setParameter(4, choice).executeUpdate();
            if (counted == 0) {
                update("insert into feedback_tally (survey_id, question_id, choice, answers) values (?1, ?2, ?3, ?4)")
                        .setParameter(1, surveyId).setParameter(2, question).setParameter(3, choice).setParameter(4, count).executeUpdate();
            }
        }));
    }

    static long choiceOf(FeedbackAnswer answer) {
        if (answer.getOptionId() != null) {
            return answer.getOptionId();
        }
        return answer.getNumberValue() != null ? answer.getNumberValue() : FREE_TEXT;
    }

    /** A statement on the survey's own tables: Hibernate keeps its second-level cache of everything else. */
    private Query update(String sql) {
        Query query = em.createNativeQuery(sql);
        query.unwrap(NativeQuery.class).addSynchronizedQuerySpace("feedback_survey").addSynchronizedQuerySpace("feedback_tally");
        return query;
    }
}
