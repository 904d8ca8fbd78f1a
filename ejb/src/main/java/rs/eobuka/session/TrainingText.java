package rs.eobuka.session;

/** A training's title and description in Serbian Latin, Serbian Cyrillic and English. */
public record TrainingText(String titleSrLatn, String titleSrCyrl, String titleEn,
                           String descriptionSrLatn, String descriptionSrCyrl, String descriptionEn) {
}
