package rs.eobuka.account.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of the {@code account-activation} process and its variables, written once. */
public final class AccountActivationVariables {

    public static final String PROCESS_KEY = "account-activation";
    public static final String MESSAGE_EMAIL_VERIFIED = "EmailVerified";
    public static final String ACCOUNT_ID = "accountId";
    /** ISO-8601 duration the sign-up link stays valid. */
    public static final String VERIFICATION_WINDOW = "verificationWindow";

    private AccountActivationVariables() {
    }

    public static long accountId(DelegateExecution execution) {
        return ((Number) execution.getVariableTyped(ACCOUNT_ID).getValue()).longValue();
    }
}
