package rs.eobuka.platform.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    private static final Map<String, String> PRODUCTION = Map.of("eobuka.mail.transport", "smtp", "eobuka.base-url", "https://eobuka.gov.rs",
            "eobuka.demo", "false", "eobuka.local", "false");

    @Test
    void shouldRefuseTheDefaultDatabasePasswordWhenNoneIsSet() {
        ProductionSettings settings = ProductionSettings.read(PRODUCTION::get, variable -> null);

        assertThat(settings.refusals()).singleElement().asString().contains("EOBUKA_DB_PASSWORD");
        assertThat(settings.warnings()).isEmpty();
    }

    @Test
    void shouldRefuseWellKnownPasswordsAndDemoDataButStartWithARealPassword() {
        assertThat(ProductionSettings.read(PRODUCTION::get, Map.of("EOBUKA_DB_PASSWORD", "postgres")::get).refusals()).hasSize(1);
        assertThat(ProductionSettings.read(with("eobuka.db.password", "Sa"), variable -> null).refusals()).hasSize(1);
        assertThat(ProductionSettings.read(PRODUCTION::get, Map.of("EOBUKA_DB_PASSWORD", "k7#Lq-2026-baza")::get).refusals()).isEmpty();
        assertThat(ProductionSettings.read(with("eobuka.demo", "true"), Map.of("EOBUKA_DB_PASSWORD", "k7#Lq-2026-baza")::get).refusals())
                .singleElement().asString().contains("EOBUKA_DEMO");
    }

    @Test
    void shouldWarnOfProtectionsAnOperatorSwitchedOff() {
        Map<String, String> environment = Map.of("EOBUKA_DB_PASSWORD", "k7#Lq-2026-baza", "EOBUKA_SECURE_COOKIES", "false", "EOBUKA_SMTP_TLS", "false");
        Map<String, String> properties = new java.util.HashMap<>(PRODUCTION);
        properties.put("eobuka.base-url", "http://eobuka.gov.rs");
        properties.put("eobuka.two-factor.required", "false");
        ProductionSettings settings = ProductionSettings.read(properties::get, environment::get);

        assertThat(settings.refusals()).isEmpty();
        assertThat(settings.warnings()).hasSize(4).anySatisfy(w -> assertThat(w).contains("EOBUKA_SECURE_COOKIES"))
                .anySatisfy(w -> assertThat(w).contains("EOBUKA_SMTP_TLS")).anySatisfy(w -> assertThat(w).contains("EOBUKA_BASE_URL"))
                .anySatisfy(w -> assertThat(w).contains("EOBUKA_TWO_FACTOR_REQUIRED"));
    }

    @Test
    void shouldLetOnlyALocalRunSkipTheCheck() {
        assertThat(ProductionSettings.isLocal(PRODUCTION::get)).isFalse();
        assertThat(ProductionSettings.isLocal(with("eobuka.local", "true"))).isTrue();
    }

    /** The server's configuration scripts make HTTPS-only cookies, STARTTLS and HSTS the defaults. */
    @Test
    void shouldMakeSecureSettingsTheServersDefaults() throws IOException {
        Path config = Path.of("..", "wildfly-config");
        String security = Files.readString(config.resolve("security.cli"));
        String mail = Files.readString(config.resolve("mail.cli"));

        assertThat(security).contains("secure=\"${eobuka.cookies.secure:${env.EOBUKA_SECURE_COOKIES:true}}\"")
                .contains("header-name=Strict-Transport-Security, header-value=\"max-age=31536000; includeSubDomains\"")
                .contains("filter-ref=strict-transport-security:add");
        assertThat(mail).contains("tls=\"${eobuka.smtp.tls:${env.EOBUKA_SMTP_TLS:true}}\"");
    }

    private static java.util.function.UnaryOperator<String> with(String property, String value) {
        Map<String, String> properties = new java.util.HashMap<>(PRODUCTION);
        properties.put(property, value);
        return properties::get;
    }
}
