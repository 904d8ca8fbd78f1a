package rs.eobuka.platform.mail;

/** Absolute links to the application's pages, for e-mails and documents that leave it. */
public final class Links {

    private Links() {
    }

    /** {@code path} starts with a slash, e.g. {@code /registrations/registration.xhtml?id=5}. */
    public static String to(String path) {
        return System.getProperty("eobuka.base-url", "http://localhost:8080") + path;
    }
}
