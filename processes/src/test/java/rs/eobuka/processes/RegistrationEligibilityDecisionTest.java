package rs.eobuka.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.test.junit5.DmnEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The eligibility table, row by row, with the facts in the Java types the application passes:
 * a {@link java.util.List} of audience types, {@link java.util.Date}s and {@link Integer}s that may be null.
 */
@ExtendWith(DmnEngineExtension.class)
class RegistrationEligibilityDecisionTest {

    private static final String DECISION_RESOURCE = "dmn/registration-eligibility.dmn";
    private static final String DECISION_KEY = "registration-eligibility";
    private static final String REFUSAL_REASON = "refusalReason";

    private static final Date DEADLINE = Date.from(Instant.parse("2026-03-01T12:00:00Z"));
    private static final Date BEFORE_DEADLINE = Date.from(DEADLINE.toInstant().minus(1, ChronoUnit.DAYS));
    private static final Date AFTER_DEADLINE = Date.from(DEADLINE.toInstant().plus(1, ChronoUnit.SECONDS));

    DmnEngine dmnEngine;
    private DmnDecision decision;

    @BeforeEach
    void parseDecision() throws Exception {
        try (InputStream model = getClass().getClassLoader().getResourceAsStream(DECISION_RESOURCE)) {
            decision = dmnEngine.parseDecision(DECISION_KEY, model);
        }
    }

    // Rule 1

    @Test
    void shouldRefuseParticipantWhoseAudienceTypeIsNotAllowed() {
        // Given an LSGU official registering for a session open to public institutions and employers only
        VariableMap facts = eligibleFacts()
                .putValue("audienceType", "LSGU")
                .putValue("allowedAudienceTypes", new ArrayList<>(List.of("PUBLIC_INSTITUTION", "EMPLOYER")));

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then the registration is refused for the audience
        assertThat(refusalReasonOf(result)).isEqualTo("AUDIENCE_NOT_ALLOWED");
    }

    @Test
    void shouldRefuseParticipantWithoutAudienceType() {
        // Given an account that names no organisation type (an administrator's, say)
        VariableMap facts = eligibleFacts().putValue("audienceType", null);

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then the registration is refused for the audience, not let through
        assertThat(refusalReasonOf(result)).isEqualTo("AUDIENCE_NOT_ALLOWED");
    }

    // Rule 2

    @Test
    void shouldRefuseRegistrationAfterTheDeadline() {
        // Given an allowed participant registering one second after the deadline
        VariableMap facts = eligibleFacts().putValue("registeredAt", AFTER_DEADLINE);

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then the registration is refused as late
        assertThat(refusalReasonOf(result)).isEqualTo("DEADLINE_PASSED");
    }

    // Rule 3

    @Test
    void shouldRefuseWhenLsguHasMoreRegistrationsThanItsQuota() {
        // Given an LSGU with a quota of 5 that already has 6 registrations
        VariableMap facts = eligibleFacts()
                .putValue("lsguQuota", Integer.valueOf(5))
                .putValue("lsguRegistrations", Integer.valueOf(6));

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then the registration is refused for the quota
        assertThat(refusalReasonOf(result)).isEqualTo("LSGU_QUOTA_REACHED");
    }

    // Rule 4

    @Test
    void shouldFindAllowedTimelyRegistrationWithinQuotaEligible() {
        // Given an allowed participant registering before the deadline, with room in the LSGU quota
        VariableMap facts = eligibleFacts();

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then the last rule matches and leaves the refusal reason empty
        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult()).isEmpty();
        assertThat(refusalReasonOf(result)).isNull();
    }

    // Boundaries

    @Test
    void shouldRefuseWhenLsguQuotaIsExactlyReached() {
        // Given an LSGU with a quota of 5 that has exactly 5 registrations
        VariableMap facts = eligibleFacts()
                .putValue("lsguQuota", Integer.valueOf(5))
                .putValue("lsguRegistrations", Integer.valueOf(5));

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then the quota counts as reached
        assertThat(refusalReasonOf(result)).isEqualTo("LSGU_QUOTA_REACHED");
    }

    @Test
    void shouldAcceptLastSeatOfLsguQuota() {
        // Given an LSGU with a quota of 5 that has 4 registrations
        VariableMap facts = eligibleFacts()
                .putValue("lsguQuota", Integer.valueOf(5))
                .putValue("lsguRegistrations", Integer.valueOf(4));

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then the registration is eligible
        assertThat(refusalReasonOf(result)).isNull();
    }

    @Test
    void shouldAcceptRegistrationAtTheDeadlineItself() {
        // Given a registration made at the very instant of the deadline (an equal but distinct Date)
        VariableMap facts = eligibleFacts().putValue("registeredAt", new Date(DEADLINE.getTime()));

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then the deadline has not passed
        assertThat(refusalReasonOf(result)).isNull();
    }

    @Test
    void shouldIgnoreLsguRegistrationsWhenThereIsNoQuota() {
        // Given a session without an LSGU quota and an LSGU that already has many registrations
        VariableMap facts = eligibleFacts()
                .putValue("lsguQuota", null)
                .putValue("lsguRegistrations", Integer.valueOf(1_000));

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then there is no limit to reach
        assertThat(refusalReasonOf(result)).isNull();
    }

    @Test
    void shouldGiveAudienceRefusalBeforeDeadlineAndQuota() {
        // Given a registration that fails every rule
        VariableMap facts = eligibleFacts()
                .putValue("audienceType", "LSGU")
                .putValue("allowedAudienceTypes", List.of("PUBLIC_INSTITUTION"))
                .putValue("registeredAt", AFTER_DEADLINE)
                .putValue("lsguQuota", Integer.valueOf(1))
                .putValue("lsguRegistrations", Integer.valueOf(1));

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then the first rule gives the reason
        assertThat(refusalReasonOf(result)).isEqualTo("AUDIENCE_NOT_ALLOWED");
    }

    @Test
    void shouldRefuseRegistrantFromAnotherLsguOfASessionLimitedToItsOwn() {
        // Given a session limited to its LSGU (Kragujevac) and a participant from Čačak
        VariableMap facts = eligibleFacts().putValue("lsguOnly", Boolean.TRUE);

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then it is refused for the LSGU
        assertThat(refusalReasonOf(result)).isEqualTo("LSGU_ONLY");
    }

    @Test
    void shouldAcceptRegistrantOfTheLsguOfASessionLimitedToIt() {
        // Given a session limited to its LSGU and a participant from that LSGU
        VariableMap facts = eligibleFacts().putValue("lsguOnly", Boolean.TRUE).putValue("registrantLsgu", "70645");

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then nothing refuses it
        assertThat(refusalReasonOf(result)).isNull();
    }

    @Test
    void shouldRefuseRegistrantWithoutLsguOfASessionLimitedToOne() {
        // Given a session limited to its LSGU and an account that names no LSGU
        VariableMap facts = eligibleFacts().putValue("lsguOnly", Boolean.TRUE).putValue("registrantLsgu", null);

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then it is refused for the LSGU
        assertThat(refusalReasonOf(result)).isEqualTo("LSGU_ONLY");
    }

    @Test
    void shouldGiveDeadlineRefusalBeforeQuota() {
        // Given a late registration from an LSGU whose quota is reached
        VariableMap facts = eligibleFacts()
                .putValue("registeredAt", AFTER_DEADLINE)
                .putValue("lsguQuota", Integer.valueOf(1))
                .putValue("lsguRegistrations", Integer.valueOf(1));

        // When eligibility is decided
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);

        // Then the deadline gives the reason
        assertThat(refusalReasonOf(result)).isEqualTo("DEADLINE_PASSED");
    }

    /** Facts of an eligible registration, in the Java types the application passes; each test changes one. */
    private static VariableMap eligibleFacts() {
        List<String> allowedAudienceTypes = new ArrayList<>(List.of("LSGU", "PUBLIC_INSTITUTION"));
        return Variables.createVariables()
                .putValue("audienceType", "LSGU")
                .putValue("allowedAudienceTypes", allowedAudienceTypes)
                .putValue("registeredAt", BEFORE_DEADLINE)
                .putValue("registrationDeadline", DEADLINE)
                .putValue("lsguQuota", Integer.valueOf(10))
                .putValue("lsguRegistrations", Integer.valueOf(3))
                .putValue("lsguOnly", Boolean.FALSE)
                .putValue("registrantLsgu", "71242")
                .putValue("sessionLsgu", "70645");
    }

    private static String refusalReasonOf(DmnDecisionResult result) {
        assertThat(result).as("rules matched (hit policy FIRST)").hasSize(1);
        assertThat(result.getSingleResult().keySet()).isSubsetOf(REFUSAL_REASON);
        return result.getSingleEntry();
    }
}
