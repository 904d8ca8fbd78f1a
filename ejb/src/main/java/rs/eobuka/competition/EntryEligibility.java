package rs.eobuka.competition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.platform.time.SerbianTime;

/** Asks the {@code entry-eligibility} decision whether an entry may be received; the rules live in the table, not here. */
@ApplicationScoped
public class EntryEligibility {

    static final String DECISION_KEY = "entry-eligibility";

    @Inject
    DecisionService decisions;

    /** The refusal reason ({@code CLOSED}, {@code LSGU_NOT_IN_TRACK}, ...), or {@code null} when eligible. */
    public String refusal(Competition competition, Instant submittedAt, boolean lsguInTrack, boolean alreadyEntered) {
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
                        .putValue("submittedAt", Date.from(submittedAt))
                        .putValue("entryOpens", SerbianTime.date(competition.getEntryOpens()))
                        .putValue("entryCloses", SerbianTime.date(competition.getEntryCloses()))
                        .putValue("lsguInTrack", lsguInTrack)
                        .putValue("alreadyEntered", alreadyEntered))
                .getSingleResult();
        return result == null ? null : result.getSingleEntry();
    }
}
