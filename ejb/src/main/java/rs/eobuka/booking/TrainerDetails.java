package rs.eobuka.booking;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import rs.eobuka.session.Topic;

/** What an organizer enters for a trainer: who they are, what they teach, where they travel. */
public record TrainerDetails(@NotBlank(message = "{eobuka.trainer.name.required}") @Size(max = 120, message = "{eobuka.trainer.name.required}") String fullName,
                             @NotBlank(message = "{eobuka.trainer.email.invalid}") @Email(message = "{eobuka.trainer.email.invalid}")
                             @Size(max = 254, message = "{eobuka.trainer.email.invalid}") String email,
                             @Size(max = 40, message = "{eobuka.trainer.phone.invalid}") String phone,
                             Set<Topic> topics, Set<String> regions, Set<String> lsguCodes) {

    public TrainerDetails {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        lsguCodes = lsguCodes == null ? Set.of() : Set.copyOf(lsguCodes);
    }
}
