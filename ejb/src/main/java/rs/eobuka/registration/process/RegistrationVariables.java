package rs.eobuka.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Names of the {@code training-registration} process, its task, messages and variables, written
 * once. The eligibility facts are passed as transient variables: the decision reads them at the
 * start and they are never stored.
 */
public final class RegistrationVariables {

    public static final String PROCESS_KEY = "training-registration";
    public static final String TASK_APPROVE = "Task_ApproveRegistration";
    public static final String MESSAGE_PROMOTED = "RegistrationPromoted";
    public static final String MESSAGE_CANCELLED = "RegistrationCancelled";
    public static final String MESSAGE_ATTENDANCE = "AttendanceRecorded";

    public static final String REGISTRATION_ID = "registrationId";
    public static final String APPROVAL_DUE_DATE = "approvalDueDate";
    public static final String REMINDER_DATE = "reminderDate";
    public static final String SEAT_RESERVED = "seatReserved";
    public static final String APPROVED = "approved";
    public static final String ATTENDED = "attended";
    public static final String REFUSAL_REASON = "refusalReason";

    public static final String FACT_AUDIENCE_TYPE = "audienceType";
    public static final String FACT_ALLOWED_AUDIENCE_TYPES = "allowedAudienceTypes";
    public static final String FACT_REGISTERED_AT = "registeredAt";
    public static final String FACT_REGISTRATION_DEADLINE = "registrationDeadline";
    public static final String FACT_LSGU_QUOTA = "lsguQuota";
    public static final String FACT_LSGU_REGISTRATIONS = "lsguRegistrations";
    public static final String FACT_LSGU_ONLY = "lsguOnly";
    public static final String FACT_REGISTRANT_LSGU = "registrantLsgu";
    public static final String FACT_SESSION_LSGU = "sessionLsgu";

    private RegistrationVariables() {
    }

    public static long registrationId(DelegateExecution execution) {
        return ((Number) execution.getVariableTyped(REGISTRATION_ID).getValue()).longValue();
    }
}
