package rs.eobuka.platform.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message texts outside a Faces request (e-mails, API problems). Bundles are named
 * {@code _sr} (Latin), {@code _sr_Cyrl} and {@code _en}, so the JDK's lookup finds Latin for
 * {@code sr-Latn} without falling back to the server's default locale.
 */
public final class Texts {

    public static final String MESSAGES = "rs.eobuka.i18n.messages";
    public static final String MAIL = "rs.eobuka.i18n.mail";

    private Texts() {
    }

    public static String get(String bundle, Language language, String key, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, language.locale(), Texts.class.getClassLoader());
        String pattern;
        try {
            pattern = texts.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /**
     * A refused constraint in the given language. Constraints name a key of the messages bundle
     * as their template ({@code {eobuka.email.required}}), so the text is chosen here, for the
     * caller, not by the validator's default locale.
     */
    public static String violation(Language language, jakarta.validation.ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{eobuka.") && template.endsWith("}")) {
            return message(language, template.substring(1, template.length() - 1));
        }
        return violation.getMessage();
    }

    public static String message(Language language, String key, Object... arguments) {
        return get(MESSAGES, language, key, arguments);
    }
}
