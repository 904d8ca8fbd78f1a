package rs.eobuka.booking.api;

import java.util.List;
import rs.eobuka.booking.Trainer;

/** A trainer as the API shows it; topics, regions and LSGU codes sorted. */
public record TrainerItem(long id, String fullName, String email, String phone, boolean active, List<String> topics,
                          List<String> regions, List<String> lsguCodes) {

    static TrainerItem of(Trainer trainer) {
        return new TrainerItem(trainer.getId(), trainer.getFullName(), trainer.getEmail(), trainer.getPhone(), trainer.isActive(),
                trainer.getTopics().stream().map(Enum::name).sorted().toList(),
                trainer.getRegions().stream().sorted().toList(), trainer.getLsguCodes().stream().sorted().toList());
    }
}
