package rs.eobuka.feedback.api;

import rs.eobuka.platform.i18n.LocalizedText;

/** A text in the three languages, as the API carries it. */
public record TextBody(String srLatn, String srCyrl, String en) {

    public static TextBody of(LocalizedText text) {
        return text == null ? null : new TextBody(text.getSrLatn(), text.getSrCyrl(), text.getEn());
    }

    public static LocalizedText toText(TextBody body) {
        return body == null ? null : new LocalizedText(body.srLatn(), body.srCyrl(), body.en());
    }
}
