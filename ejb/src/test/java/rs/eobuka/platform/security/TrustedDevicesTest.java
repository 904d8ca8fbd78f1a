package rs.eobuka.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TrustedDevicesTest {

    private final TrustedDevices devices = devices((byte) 7);

    @Test
    void shouldVouchForTheAccountAndStampItWasMadeFor() {
        String cookie = devices.cookieFor("milica", 4);

        assertThat(devices.vouchesFor(cookie, "milica", 4)).isTrue();
    }

    @Test
    void shouldNotVouchForAnotherAccountANewStampOrAnotherKey() {
        String cookie = devices.cookieFor("milica", 4);

        assertThat(devices.vouchesFor(cookie, "admin", 4)).as("another account").isFalse();
        assertThat(devices.vouchesFor(cookie, "milica", 5)).as("after a new password").isFalse();
        assertThat(devices(8).vouchesFor(cookie, "milica", 4)).as("another server's key").isFalse();
    }

    @Test
    void shouldNotVouchForAForgedOrMalformedCookie() {
        String cookie = devices.cookieFor("milica", 4);
        String renamed = devices.cookieFor("admin", 4).substring(0, devices.cookieFor("admin", 4).indexOf('.'))
                + cookie.substring(cookie.indexOf('.'));

        assertThat(devices.vouchesFor(renamed, "admin", 4)).isFalse();
        assertThat(devices.vouchesFor(cookie.substring(0, cookie.length() - 2), "milica", 4)).isFalse();
        assertThat(devices.vouchesFor("no-dot-here", "milica", 4)).isFalse();
        assertThat(devices.vouchesFor("%%%.***", "milica", 4)).isFalse();
        assertThat(devices.vouchesFor(null, "milica", 4)).isFalse();
    }

    private static TrustedDevices devices(int keyByte) {
        TrustedDevices devices = new TrustedDevices();
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) keyByte);
        devices.useKey(key);
        return devices;
    }
}
