package rs.eobuka.platform.engine;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.Set;

/**
 * Vetoes camunda-engine-cdi's producers of engine services: they resolve the engine through
 * the shared BPM platform (absent here) and would be ambiguous with {@link ProcessEngineProducer}.
 * The rest of that module (the CDI expression resolver for delegates) stays.
 */
public class EngineCdiVeto implements Extension {

    private static final Set<String> VETOED = Set.of(
            "org.camunda.bpm.engine.cdi.impl.ProcessEngineServicesProducer",
            "org.camunda.bpm.engine.cdi.impl.NamedProcessEngineServicesProducer");

    <T> void veto(@Observes ProcessAnnotatedType<T> type) {
        if (VETOED.contains(type.getAnnotatedType().getJavaClass().getName())) {
            type.veto();
        }
    }
}
