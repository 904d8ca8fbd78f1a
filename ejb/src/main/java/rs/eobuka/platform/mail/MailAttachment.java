package rs.eobuka.platform.mail;

/** A small text attachment of an outbox message, such as a calendar file. */
public record MailAttachment(String fileName, String contentType, String content) {
}
