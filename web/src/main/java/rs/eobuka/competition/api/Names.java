package rs.eobuka.competition.api;

import jakarta.json.bind.annotation.JsonbProperty;
import rs.eobuka.platform.i18n.LocalizedText;

/** A name in the three languages as the competition API carries it: {@code {"sr-Latn", "sr-Cyrl", "en"}}. */
public record Names(@JsonbProperty("sr-Latn") String srLatn, @JsonbProperty("sr-Cyrl") String srCyrl, @JsonbProperty("en") String en) {

    static Names of(LocalizedText text) {
        return text == null ? null : new Names(text.getSrLatn(), text.getSrCyrl(), text.getEn());
    }

    static LocalizedText text(Names names) {
        return names == null ? null : new LocalizedText(names.srLatn(), names.srCyrl(), names.en());
    }
}
