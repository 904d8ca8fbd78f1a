package rs.eobuka.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = "bpmn/account-activation.bpmn")
class AccountActivationProcessTest {

    private static final String PROCESS_KEY = "account-activation";
    private static final String ACCOUNT_ID = "accountId";
    private static final String VERIFICATION_WINDOW = "verificationWindow";
    private static final String EMAIL_VERIFIED_MESSAGE = "EmailVerified";
    private static final long ACCOUNT = 42L;

    ProcessEngine processEngine;

    private final JavaDelegate sendVerificationMail = mock(JavaDelegate.class);
    private final JavaDelegate activateAccount = mock(JavaDelegate.class);
    private final JavaDelegate discardSignUp = mock(JavaDelegate.class);

    @BeforeEach
    void registerDelegates() {
        init(processEngine);
        Mocks.register("sendVerificationMailDelegate", sendVerificationMail);
        Mocks.register("activateAccountDelegate", activateAccount);
        Mocks.register("discardSignUpDelegate", discardSignUp);
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
    }

    @Test
    void shouldActivateAccountWhenEmailVerifiedInTime() throws Exception {
        // Given a participant who signed up and was sent the verification e-mail
        ProcessInstance signUp = startSignUp();
        assertThat(signUp).isWaitingAt("Gateway_VerifiedInTime");
        verify(sendVerificationMail).execute(any(DelegateExecution.class));

        // When the e-mail address is verified within the window
        runtimeService().createMessageCorrelation(EMAIL_VERIFIED_MESSAGE)
                .processInstanceBusinessKey(String.valueOf(ACCOUNT))
                .correlate();

        // Then the account is activated and the sign-up is not discarded
        assertThat(signUp).hasPassedInOrder(
                "StartEvent_SignedUp", "Task_SendVerificationMail", "Gateway_VerifiedInTime",
                "Event_EmailVerified", "Task_ActivateAccount", "EndEvent_AccountActive");
        assertThat(signUp).hasNotPassed("Timer_VerificationWindow", "Task_DiscardSignUp");
        assertThat(signUp).isEnded();
        verify(activateAccount).execute(any(DelegateExecution.class));
        verifyNoInteractions(discardSignUp);
    }

    @Test
    void shouldDiscardSignUpWhenVerificationWindowIsOver() throws Exception {
        // Given a participant who signed up and was sent the verification e-mail
        ProcessInstance signUp = startSignUp();
        assertThat(signUp).isWaitingAt("Gateway_VerifiedInTime");
        assertThat(signUp).job("Timer_VerificationWindow").isNotNull();

        // When the verification window is over without a verification
        execute(job("Timer_VerificationWindow"));

        // Then the unverified sign-up is discarded and the account is never activated
        assertThat(signUp).hasPassedInOrder(
                "StartEvent_SignedUp", "Task_SendVerificationMail", "Gateway_VerifiedInTime",
                "Timer_VerificationWindow", "Task_DiscardSignUp", "EndEvent_SignUpExpired");
        assertThat(signUp).hasNotPassed("Event_EmailVerified", "Task_ActivateAccount");
        assertThat(signUp).isEnded();
        verify(sendVerificationMail).execute(any(DelegateExecution.class));
        verify(discardSignUp).execute(any(DelegateExecution.class));
        verifyNoInteractions(activateAccount);
    }

    private ProcessInstance startSignUp() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(ACCOUNT),
                Variables.createVariables()
                        .putValue(ACCOUNT_ID, ACCOUNT)
                        .putValue(VERIFICATION_WINDOW, "P2D"));
    }
}
