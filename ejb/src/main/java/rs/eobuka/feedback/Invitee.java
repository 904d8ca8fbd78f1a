package rs.eobuka.feedback;

import rs.eobuka.platform.i18n.Language;

/** Someone a survey invites: their account and registration where they have one, where to write, in which language. */
public record Invitee(Long accountId, Long registrationId, String email, String fullName, Language language) {
}
