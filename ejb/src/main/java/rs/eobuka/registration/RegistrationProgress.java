package rs.eobuka.registration;

import java.util.List;
import java.util.Optional;

/**
 * A registration as its page shows it: the registration (with its session and account loaded),
 * its place on the waiting list (0 when not waiting) and the steps of its process so far.
 */
public record RegistrationProgress(Registration registration, long waitlistPosition, List<ProcessStep> steps) {

    /** The steps the process waits at now (a waiting registration can wait at two: approval and its timer's escalation). */
    public List<ProcessStep> current() {
        return steps.stream().filter(ProcessStep::isCurrent).toList();
    }

    public List<ProcessStep> passed() {
        return steps.stream().filter(s -> !s.isCurrent()).toList();
    }

    public Optional<ProcessStep> latest() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }
}
