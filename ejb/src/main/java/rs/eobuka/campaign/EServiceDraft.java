package rs.eobuka.campaign;

import rs.eobuka.platform.i18n.LocalizedText;

/** An LSGU's e-service as an organizer writes it: name and short description in the three languages, and its address. */
public record EServiceDraft(String lsguCode, LocalizedText name, LocalizedText description, String url) {
}
