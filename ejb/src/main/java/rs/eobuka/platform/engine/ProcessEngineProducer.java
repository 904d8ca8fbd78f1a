package rs.eobuka.platform.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * Makes the embedded engine and its services injectable with CDI. (camunda-engine-cdi's own
 * producers look the engine up through the shared BPM platform, which an embedded engine
 * does not have, so they are vetoed by {@link EngineCdiVeto}.)
 */
@ApplicationScoped
public class ProcessEngineProducer {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Produces
    ProcessEngine processEngine() {
        return bootstrap.engine();
    }

    @Produces
    RuntimeService runtimeService() {
        return bootstrap.engine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return bootstrap.engine().getTaskService();
    }

    @Produces
    RepositoryService repositoryService() {
        return bootstrap.engine().getRepositoryService();
    }

    @Produces
    HistoryService historyService() {
        return bootstrap.engine().getHistoryService();
    }

    @Produces
    FormService formService() {
        return bootstrap.engine().getFormService();
    }

    @Produces
    DecisionService decisionService() {
        return bootstrap.engine().getDecisionService();
    }

    @Produces
    ManagementService managementService() {
        return bootstrap.engine().getManagementService();
    }
}
