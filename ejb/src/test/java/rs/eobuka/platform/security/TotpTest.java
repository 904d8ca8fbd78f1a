package rs.eobuka.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238's own test vectors (SHA-1), and the rules a code is accepted by. */
class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void shouldComputeTheRfcsCodes() {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)), 8)).isEqualTo("89005924");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
        // the same key as apps see it
        assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(RFC_KEY);
    }

    @Test
    void shouldAcceptACodeOnceWithinAStepEitherSide() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-12-07T10:00:10Z");
        long step = Totp.step(now);
        String code = Totp.code(secret, step);

        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.accept(secret, code, now, null)).hasValue(step);
        assertThat(Totp.accept(secret, code.substring(0, 3) + " " + code.substring(3), now, null)).hasValue(step);
        // a phone a step behind or ahead
        assertThat(Totp.accept(secret, Totp.code(secret, step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.accept(secret, Totp.code(secret, step + 1), now, null)).hasValue(step + 1);
        // but not two steps off, not again once used, and not a later step's code used before an earlier one
        assertThat(Totp.accept(secret, Totp.code(secret, step - 2), now, null)).isEmpty();
        assertThat(Totp.accept(secret, code, now, step)).isEmpty();
        assertThat(Totp.accept(secret, Totp.code(secret, step - 1), now, step)).isEmpty();
        assertThat(Totp.accept(secret, "12345", now, null)).isEmpty();
        assertThat(Totp.accept(secret, "abcdef", now, null)).isEmpty();
        assertThat(Totp.accept(null, code, now, null)).isEmpty();
    }

    @Test
    void shouldNameTheAccountForAuthenticatorApps() {
        assertThat(Totp.keyUri("eObuka", "ana.petrovic", "JBSWY3DPEHPK3PXP"))
                .isEqualTo("otpauth://totp/eObuka:ana.petrovic?secret=JBSWY3DPEHPK3PXP&issuer=eObuka&algorithm=SHA1&digits=6&period=30");
    }
}
