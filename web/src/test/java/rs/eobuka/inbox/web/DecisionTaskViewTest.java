package rs.eobuka.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import rs.eobuka.session.web.SessionRevisionView;

/** A task form keeps the task of the address it was opened with: a postback's {@code taskId} does not replace it. */
class DecisionTaskViewTest {

    private static final class AnyDecisionView extends DecisionTaskView<String> {

        private static final long serialVersionUID = 1L;

        AnyDecisionView() {
            super("decision", "approved", "declined");
        }

        @Override
        protected String loadSubject(String taskId, String username) {
            return taskId;
        }
    }

    @Test
    void shouldKeepTheTaskTheFormWasOpenedWith() {
        AnyDecisionView view = new AnyDecisionView();
        view.setTaskId("task-shown");

        view.setTaskId("task-of-someone-else");

        assertThat(view.getTaskId()).isEqualTo("task-shown");
    }

    @Test
    void shouldKeepTheSessionRevisionsTaskToo() {
        SessionRevisionView view = new SessionRevisionView();
        view.setTaskId("task-shown");

        view.setTaskId("task-of-someone-else");

        assertThat(view.getTaskId()).isEqualTo("task-shown");
    }
}
