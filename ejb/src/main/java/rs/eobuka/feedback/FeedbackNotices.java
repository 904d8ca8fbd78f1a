package rs.eobuka.feedback;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import rs.eobuka.account.Account;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.mail.Links;
import rs.eobuka.platform.mail.MailOutbox;

/** Feedback's e-mails, through the outbox, in the invitee's language. */
@Stateless
public class FeedbackNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    SurveyTargets targets;

    /** {0} name, {1} what was held, {2} the link, {3} the deadline, {4} whether answers are anonymous. */
    public void invited(FeedbackSurvey survey, FeedbackInvitation invitation, String fullName, String token) {
        send("feedbackInvitation", survey, invitation, fullName, token);
    }

    public void reminded(FeedbackSurvey survey, FeedbackInvitation invitation, String token) {
        Account account = invitation.getAccountId() == null ? null : em.find(Account.class, invitation.getAccountId());
        send("feedbackReminder", survey, invitation, account == null ? "" : account.getFullName(), token);
    }

    private void send(String template, FeedbackSurvey survey, FeedbackInvitation invitation, String fullName, String token) {
        Language language = invitation.language();
        outbox.enqueue(invitation.getEmail(), language, template, fullName, targets.title(survey.target(), language),
                link(token, language),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language.locale()).format(survey.getDeadline()),
                Texts.get(Texts.MAIL, language, survey.isAnonymous() ? "feedback.anonymous" : "feedback.named"));
    }

    /** The questionnaire's page for one token, in the invitee's language. */
    public static String link(String token, Language language) {
        return Links.to("/feedback/answer.xhtml?t=" + token + "&lang=" + language.tag());
    }
}
