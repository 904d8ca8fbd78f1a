package rs.eobuka.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Browsers an account has signed in from. The sign-in page leaves a cookie naming the account
 * and its security stamp, signed with HMAC-SHA256 under a key the database keeps
 * ({@link DeviceKeyMigration}). While failed sign-ins, perhaps someone else's from many
 * addresses, keep the account locked, a browser holding such a cookie may still try the password
 * (each failure still counts against its address, {@link LoginThrottle}): an attacker slows
 * guessing down but cannot lock the owner out. A new password or a change of roles (a new
 * stamp) withdraws the trust of every such browser.
 */
@ApplicationScoped
public class TrustedDevices {

    public static final String COOKIE = "EOBUKA_DEVICE";
    public static final Duration LIFETIME = Duration.ofDays(180);
    static final String KEY_NAME = "device-cookie";
    private static final String ALGORITHM = "HmacSHA256";

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource database;

    private volatile SecretKeySpec key;

    /** The cookie's value for a browser the account has just signed in from. */
    public String cookieFor(String username, long stamp) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(mac(username, stamp));
    }

    /** Whether the cookie was made by this application for this account at its current stamp. */
    public boolean vouchesFor(String cookie, String username, long stamp) {
        if (cookie == null || username == null) {
            return false;
        }
        int dot = cookie.indexOf('.');
        if (dot < 0) {
            return false;
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            String named = new String(base64.decode(cookie.substring(0, dot)), StandardCharsets.UTF_8);
            return named.equals(username) && MessageDigest.isEqual(base64.decode(cookie.substring(dot + 1)), mac(username, stamp));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** For tests without a database. */
    void useKey(byte[] secret) {
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    private byte[] mac(String username, long stamp) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return mac.doFinal((username + "\n" + stamp).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec loaded = key;
        if (loaded == null) {
            try (Connection connection = database.getConnection();
                 PreparedStatement select = connection.prepareStatement("select secret from signing_key where purpose = ?")) {
                select.setString(1, KEY_NAME);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("No " + KEY_NAME + " key: the database was not migrated");
                    }
                    loaded = new SecretKeySpec(Base64.getDecoder().decode(row.getString(1)), ALGORITHM);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The " + KEY_NAME + " key could not be read", e);
            }
            key = loaded;
        }
        return loaded;
    }
}
