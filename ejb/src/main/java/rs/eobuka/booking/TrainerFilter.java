package rs.eobuka.booking;

import rs.eobuka.session.Topic;

/**
 * What the trainer list filters by; nulls match everything. {@code text} is looked for in the name
 * and the e-mail; {@code region} (Latin name, as in the reference data) and {@code lsguCode} match
 * trainers who travel there, named directly or through their region.
 */
public record TrainerFilter(String text, Topic topic, String region, String lsguCode, Boolean active) {

    public static TrainerFilter all() {
        return new TrainerFilter(null, null, null, null, null);
    }

    public static TrainerFilter activeOnly() {
        return new TrainerFilter(null, null, null, null, true);
    }
}
