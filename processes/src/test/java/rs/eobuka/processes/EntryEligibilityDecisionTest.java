package rs.eobuka.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.test.junit5.DmnEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The competition's entry table, rule by rule, with the facts in the Java types the application passes. */
@ExtendWith(DmnEngineExtension.class)
class EntryEligibilityDecisionTest {

    private static final Date OPENS = Date.from(Instant.parse("2026-12-01T08:00:00Z"));
    private static final Date CLOSES = Date.from(Instant.parse("2027-01-15T23:00:00Z"));
    private static final Date INSIDE = Date.from(Instant.parse("2026-12-20T10:00:00Z"));

    DmnEngine dmnEngine;
    private DmnDecision decision;

    @BeforeEach
    void parseDecision() throws Exception {
        try (InputStream model = getClass().getClassLoader().getResourceAsStream("dmn/entry-eligibility.dmn")) {
            decision = dmnEngine.parseDecision("entry-eligibility", model);
        }
    }

    @Test
    void shouldReceiveAFirstEntryFromACampaignMunicipalityInsideTheWindow() {
        assertThat(refusal(facts())).isNull();
    }

    @Test
    void shouldReceiveAnEntryAtTheFirstMomentOfTheWindow() {
        assertThat(refusal(facts().putValue("submittedAt", OPENS))).isNull();
    }

    @Test
    void shouldRefuseAnEntryBeforeTheWindowOpens() {
        assertThat(refusal(facts().putValue("submittedAt", Date.from(OPENS.toInstant().minusSeconds(1))))).isEqualTo("NOT_OPEN_YET");
    }

    @Test
    void shouldRefuseAnEntryAtTheEndOfTheWindowAndAfter() {
        assertThat(refusal(facts().putValue("submittedAt", CLOSES))).isEqualTo("CLOSED");
        assertThat(refusal(facts().putValue("submittedAt", Date.from(CLOSES.toInstant().plus(3, ChronoUnit.DAYS))))).isEqualTo("CLOSED");
    }

    @Test
    void shouldRefuseAMunicipalityNotOnTheCategorysTrack() {
        assertThat(refusal(facts().putValue("lsguInTrack", false))).isEqualTo("LSGU_NOT_IN_TRACK");
    }

    @Test
    void shouldRefuseASecondEntryFromTheSameAddressInTheCategory() {
        assertThat(refusal(facts().putValue("alreadyEntered", true))).isEqualTo("ALREADY_ENTERED");
    }

    @Test
    void shouldGiveTheWindowBeforeTheOtherReasons() {
        // Given an entry that is late, from a municipality off the track, and a second one
        VariableMap everythingWrong = facts().putValue("submittedAt", CLOSES).putValue("lsguInTrack", false).putValue("alreadyEntered", true);

        // Then the closed window is the reason given
        assertThat(refusal(everythingWrong)).isEqualTo("CLOSED");
        assertThat(refusal(facts().putValue("lsguInTrack", false).putValue("alreadyEntered", true))).isEqualTo("LSGU_NOT_IN_TRACK");
    }

    private static VariableMap facts() {
        return Variables.createVariables()
                .putValue("submittedAt", INSIDE)
                .putValue("entryOpens", OPENS)
                .putValue("entryCloses", CLOSES)
                .putValue("lsguInTrack", true)
                .putValue("alreadyEntered", false);
    }

    private String refusal(VariableMap facts) {
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);
        return result.getSingleResult() == null ? null : result.getSingleResult().getSingleEntry();
    }
}
