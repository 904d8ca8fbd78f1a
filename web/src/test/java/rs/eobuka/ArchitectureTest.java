package rs.eobuka;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import graph runs one way: web (pages, view beans, API) → features → platform. Checked on
 * the compiled classes of both modules (the ejb jar is on this module's class path), so a new
 * workflow that reaches the wrong way fails the build, not a review.
 */
class ArchitectureTest {

    /** Pages' view beans and the JSON API, in every feature and in the platform. */
    private static final String[] WEB_LAYER = {"rs.eobuka..web..", "rs.eobuka..api.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("rs.eobuka");
    }

    @Test
    void shouldKeepPlatformFreeOfFeatures() {
        noClasses().that().resideInAPackage("rs.eobuka.platform..")
                .should().dependOnClassesThat(resideInAPackage("rs.eobuka..").and(not(resideInAPackage("rs.eobuka.platform.."))))
                .because("shared plumbing must serve every workflow without knowing any of them")
                .check(classes);
    }

    @Test
    void shouldKeepFeatureCoresFreeOfTheWebLayer() {
        noClasses().that().resideOutsideOfPackages(WEB_LAYER)
                .should().dependOnClassesThat(resideInAnyPackage(WEB_LAYER))
                .because("services and entities are called by pages and resources, never the other way")
                .check(classes);
    }

    @Test
    void shouldLeaveTheProcessEngineToServices() {
        noClasses().that().resideInAnyPackage(WEB_LAYER)
                .should().dependOnClassesThat(resideInAPackage("org.camunda.."))
                .because("views and resources call services; only services talk to the engine")
                .check(classes);
    }

    /**
     * Readiness and background work wait for {@code platform.lifecycle.ApplicationStartup}, which
     * must therefore start last: a feature's new start-up singleton that it does not depend on
     * could still be writing while the application already says it is ready.
     */
    @Test
    void shouldStartTheApplicationAfterEveryOtherStartupSingleton() {
        JavaClass last = classes.get("rs.eobuka.platform.lifecycle.ApplicationStartup");
        Set<String> dependsOn = Set.of(last.getAnnotationOfType(DependsOn.class).value());
        List<String> startupBeans = classes.stream()
                .filter(c -> c.isAnnotatedWith(Startup.class) && !c.equals(last))
                .map(JavaClass::getSimpleName).toList();
        assertThat(startupBeans).isNotEmpty();
        assertThat(dependsOn).containsAll(startupBeans);
    }
}
