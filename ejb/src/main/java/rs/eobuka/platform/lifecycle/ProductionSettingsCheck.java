package rs.eobuka.platform.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * Secure by default: outside a local run the application does not start with a well-known
 * database password or demo accounts (the deployment fails, before the schema is touched, and
 * the log names what to set), and warns of the protections an operator switched off. The local
 * run ({@code mvn -Prun}) and the tests' servers set {@code EOBUKA_LOCAL=true}
 * ({@code -Deobuka.local.switch=true}).
 */
@Singleton
@Startup
public class ProductionSettingsCheck {

    private static final Logger LOG = Logger.getLogger(ProductionSettingsCheck.class.getName());

    @PostConstruct
    void check() {
        if (ProductionSettings.isLocal(System::getProperty)) {
            LOG.info("Local run (EOBUKA_LOCAL=true): plain HTTP, default database password and demo data allowed; never in production");
            return;
        }
        ProductionSettings settings = ProductionSettings.read(System::getProperty, System::getenv);
        settings.warnings().forEach(warning -> LOG.warning(() -> "Production setting: " + warning));
        if (!settings.refusals().isEmpty()) {
            throw new IllegalStateException("eObuka does not start in production with: " + String.join("; ", settings.refusals())
                    + ". A developer's local run sets EOBUKA_LOCAL=true.");
        }
    }
}
