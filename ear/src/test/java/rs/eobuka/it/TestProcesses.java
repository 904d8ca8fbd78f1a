package rs.eobuka.it;

import org.camunda.bpm.engine.RepositoryService;

/** Small process models of the integration tests' own, deployed once however often a test runs. */
public final class TestProcesses {

    private TestProcesses() {
    }

    /** Deploys an executable process {@code id} whose elements are {@code body} (BPMN, camunda: extensions allowed). */
    public static void deploy(RepositoryService repository, String id, String name, String body) {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                             targetNamespace="https://eobuka.rs/it">
                  <process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="1">
                %s
                  </process>
                </definitions>
                """.formatted(id, name, body);
        repository.createDeployment().name(id).enableDuplicateFiltering(true).addString(id + ".bpmn", model).deploy();
    }
}
