package rs.eobuka.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.junit.jupiter.api.Test;

/**
 * Guards the model index that the build writes for the engine in WildFly, and the conventions every
 * model must follow: it parses, it has a history time to live, and elements that code refers to have
 * readable ids.
 */
class ProcessModelIndexTest {

    private static final String INDEX = "/META-INF/eobuka-models.idx";
    private static final Path MODEL_ROOT = Path.of("src", "main", "resources");
    /** Where code that may refer to model elements by id lives, relative to this module. */
    private static final List<Path> CODE_ROOTS = List.of(Path.of("src"), Path.of("..", "ejb", "src"), Path.of("..", "web", "src"));
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Ids as Camunda Modeler generates them, such as {@code Activity_0x9f3k2} or {@code Gateway_1ab2cde}. */
    private static final Pattern GENERATED_ID = Pattern.compile("[A-Za-z]+_[0-9][0-9a-z]{6}");

    @Test
    void shouldListEveryModelInTheIndex() throws IOException {
        // Given the models in the sources and the index the build wrote
        List<String> modelsInSources = modelsInSources();
        List<String> indexed = readIndex();

        // When they are compared
        // Then every model is listed exactly once and the index lists nothing else
        assertThat(modelsInSources).as("models under %s", MODEL_ROOT).isNotEmpty();
        assertThat(indexed).as("entries of %s", INDEX)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(modelsInSources);
    }

    @Test
    void shouldParseEveryIndexedModelWithHistoryTimeToLive() throws IOException {
        // Given the models the index lists
        for (String model : readIndex()) {
            // When each is read from the classpath
            // Then it parses and each process and decision keeps its history for a limited time
            if (model.endsWith(".bpmn")) {
                BpmnModelInstance bpmn = readBpmn(model);
                Bpmn.validateModel(bpmn);
                for (Process process : bpmn.getModelElementsByType(Process.class)) {
                    assertThat(process.getCamundaHistoryTimeToLiveString())
                            .as("historyTimeToLive of process %s in %s", process.getId(), model)
                            .isNotBlank();
                }
            } else {
                DmnModelInstance dmn = readDmn(model);
                Dmn.validateModel(dmn);
                for (Decision decision : dmn.getModelElementsByType(Decision.class)) {
                    assertThat(decision.getCamundaHistoryTimeToLiveString())
                            .as("historyTimeToLive of decision %s in %s", decision.getId(), model)
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void shouldNameProcessAfterItsFile() throws IOException {
        // Given the BPMN models the index lists
        for (String model : readIndex()) {
            if (!model.endsWith(".bpmn")) {
                continue;
            }
            // When the executable processes are read
            String fileName = Path.of(model).getFileName().toString().replaceFirst("\\.bpmn$", "");
            List<String> processIds = readBpmn(model).getModelElementsByType(Process.class).stream()
                    .filter(Process::isExecutable)
                    .map(Process::getId)
                    .toList();

            // Then the process id is the file name
            assertThat(processIds).as("executable processes in %s", model).containsExactly(fileName);
        }
    }

    @Test
    void shouldGiveReadableIdsToElementsReferencedInCode() throws IOException {
        // Given the ids of all model elements and the string literals in the code
        Set<String> elementIds = new HashSet<>();
        for (String model : readIndex()) {
            if (model.endsWith(".bpmn")) {
                readBpmn(model).getModelElementsByType(BaseElement.class).stream()
                        .map(BaseElement::getId).filter(id -> id != null).forEach(elementIds::add);
            } else {
                readDmn(model).getModelElementsByType(DmnElement.class).stream()
                        .map(DmnElement::getId).filter(id -> id != null).forEach(elementIds::add);
            }
        }
        Set<String> literals = stringLiteralsInCode();

        // When the literals that name a model element are picked out
        Set<String> referenced = literals.stream().filter(elementIds::contains).collect(Collectors.toSet());

        // Then none of them is a generated id
        assertThat(referenced).as("element ids referenced in code").isNotEmpty();
        assertThat(referenced).as("referenced ids starting with Activity_")
                .noneMatch(id -> id.startsWith("Activity_"));
        assertThat(referenced).as("referenced ids generated by the modeler")
                .noneMatch(id -> GENERATED_ID.matcher(id).matches());
    }

    private static List<String> readIndex() throws IOException {
        try (InputStream in = ProcessModelIndexTest.class.getResourceAsStream(INDEX)) {
            assertThat(in).as("model index %s on the classpath", INDEX).isNotNull();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .map(line -> line.replace('\\', '/'))
                        .toList();
            }
        }
    }

    private static List<String> modelsInSources() throws IOException {
        try (Stream<Path> files = Files.walk(MODEL_ROOT)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> MODEL_ROOT.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn"))
                    .sorted()
                    .toList();
        }
    }

    private static BpmnModelInstance readBpmn(String model) throws IOException {
        try (InputStream in = modelStream(model)) {
            return Bpmn.readModelFromStream(in);
        }
    }

    private static DmnModelInstance readDmn(String model) throws IOException {
        try (InputStream in = modelStream(model)) {
            return Dmn.readModelFromStream(in);
        }
    }

    private static InputStream modelStream(String model) {
        InputStream in = ProcessModelIndexTest.class.getResourceAsStream("/" + model);
        assertThat(in).as("indexed model %s on the classpath", model).isNotNull();
        return in;
    }

    private static Set<String> stringLiteralsInCode() throws IOException {
        List<Path> javaFiles = new ArrayList<>();
        for (Path root : CODE_ROOTS) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(javaFiles::add);
                }
            }
        }
        Set<String> literals = new HashSet<>();
        for (Path file : javaFiles) {
            Matcher matcher = STRING_LITERAL.matcher(Files.readString(file));
            while (matcher.find()) {
                literals.add(matcher.group(1));
            }
        }
        return literals;
    }
}
