package rs.eobuka.workshop;

/** What must be ready before the workshop day; labels are {@code checklist.X} in the bundles. */
public enum ChecklistItem {
    VENUE_CONFIRMED,
    TRAINER_TRAVEL,
    MATERIALS_PRINTED,
    EQUIPMENT,
    PROMOTION_ANNOUNCED
}
