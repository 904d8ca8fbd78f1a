package rs.eobuka.registration.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import rs.eobuka.registration.WaitingListService;

@Named
@ApplicationScoped
public class ReserveSeatDelegate implements JavaDelegate {

    @Inject
    WaitingListService waitingList;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(RegistrationVariables.SEAT_RESERVED, waitingList.reserveSeat(RegistrationVariables.registrationId(execution)));
    }
}
