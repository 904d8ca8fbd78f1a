package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.Account;
import rs.eobuka.platform.privacy.PersonalColumnEntry;
import rs.eobuka.platform.privacy.PersonalDataRegistry;

/**
 * {@code GET /api/me/data}: a participant downloads everything kept about them (their account,
 * registration and its process history, competition entry, e-mail sent to them), every
 * registry column of those tables included, credentials withheld and other people's names left
 * out; nobody gets anyone else's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MyDataExportIT {

    private static final String REGISTRATION_PROCESS = "training-registration";

    @ArquillianResource
    URL base;

    @Test
    void shouldGiveAParticipantEverythingKeptAboutThemAndNothingOfOthers() throws Exception {
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        CompetitionFixtures competitions = new CompetitionFixtures(api);
        // Given a participant registered for a session (approved by an organizer) who also entered the competition
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        String username = participant.split(":")[0];
        String email = username + "@example.rs";
        long session = fixtures.publishedSession(10, null);
        long registration = fixtures.registered(session, participant);
        String approval = fixtures.taskOf(REGISTRATION_PROCESS, registration, ApiFixtures.PROPOSER);
        assertThat(api.post("api/tasks/" + approval + "/complete", ApiFixtures.PROPOSER, "{\"decision\":\"APPROVE\"}").statusCode())
                .isEqualTo(200);
        LocalDateTime now = CompetitionFixtures.now();
        long competition = competitions.competition(fixtures.organizer(), now.minusMinutes(1), now.plusHours(1), now.plusHours(2),
                now.plusHours(2), now.plusHours(3), competitions.juror(ApiFixtures.KRAGUJEVAC));
        HttpResponse<String> entered = api.post("api/competitions/" + competition + "/entries", null,
                CompetitionFixtures.entryJson(ApiFixtures.KRAGUJEVAC, email, "Moj eVrtić " + username), "en");
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        // and someone else, with data of their own
        String other = fixtures.participant(ApiFixtures.CACAK, "LSGU");
        fixtures.registered(session, other);

        // When she downloads her data
        HttpResponse<String> download = api.get("api/me/data", participant, "en");

        // Then it is a JSON file to keep, never cached
        assertThat(download.statusCode()).as(download.body()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonObject export = Json.createReader(new StringReader(download.body())).readObject();
        JsonObject tables = export.getJsonObject("tables");

        // with her account (the password withheld), her roles, her registration, her entry and the mail sent to her
        assertThat(tables.keySet()).contains("account", "account_role", "registration", "competition_entry", "outbox_message");
        JsonObject account = only(tables.getJsonArray("account"));
        assertThat(account.getString("username")).isEqualTo(username);
        assertThat(account.getString("email")).isEqualTo(email);
        assertThat(account.containsKey("password_hash")).isFalse();
        assertThat(account.getJsonArray("_withheld").getValuesAs(JsonValue::toString)).contains("\"password_hash\"");
        JsonObject registered = only(tables.getJsonArray("registration"));
        assertThat(registered.getJsonNumber("id").longValue()).isEqualTo(registration);
        assertThat(registered.isNull("decided_by")).as("the organizer who approved is someone else").isTrue();
        assertThat(only(tables.getJsonArray("competition_entry")).getString("email")).isEqualTo(email);
        assertThat(tables.getJsonArray("outbox_message").getValuesAs(JsonObject.class))
                .allSatisfy(mail -> assertThat(mail.getString("recipient")).isEqualToIgnoringCase(email));

        // and every column the registry names in those tables
        Map<String, List<String>> registry = registryColumnsByTable();
        for (String table : tables.keySet()) {
            for (JsonObject row : tables.getJsonArray(table).getValuesAs(JsonObject.class)) {
                Set<String> present = new java.util.HashSet<>(row.keySet());
                if (row.containsKey("_withheld")) {
                    row.getJsonArray("_withheld").getValuesAs(jakarta.json.JsonString.class).forEach(s -> present.add(s.getString()));
                }
                assertThat(present).as("registry columns of " + table).containsAll(registry.getOrDefault(table, List.of()));
            }
        }

        // and the engine's history of her registration, with its variables
        JsonObject process = export.getJsonArray("processHistory").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("process").equals(REGISTRATION_PROCESS)).findFirst().orElseThrow();
        assertThat(process.getString("businessKey")).isEqualTo(Long.toString(registration));
        assertThat(process.getJsonObject("variables")).isNotEmpty();

        // And nothing of the other participant is in it
        assertThat(download.body()).doesNotContain(other.split(":")[0]);

        // And nobody signed out gets any
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("api/me/data")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private static JsonObject only(JsonArray rows) {
        assertThat(rows).hasSize(1);
        return rows.getJsonObject(0);
    }

    /** The registry as the application builds it, from the entity classes of the application's jar. */
    private static Map<String, List<String>> registryColumnsByTable() throws URISyntaxException, IOException {
        Path classes = Path.of(Account.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> entities;
        if (Files.isDirectory(classes)) {
            try (Stream<Path> files = Files.walk(classes)) {
                entities = files.filter(f -> f.toString().endsWith(".class")).map(f -> classes.relativize(f).toString())
                        .map(MyDataExportIT::entityOrNull).filter(java.util.Objects::nonNull).collect(Collectors.toList());
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(classes.toFile())) {
                entities = jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class"))
                        .map(MyDataExportIT::entityOrNull).filter(java.util.Objects::nonNull).collect(Collectors.toList());
            }
        }
        assertThat(entities).hasSizeGreaterThan(20);
        return PersonalDataRegistry.of(entities).entries().stream().collect(Collectors.groupingBy(PersonalColumnEntry::table,
                Collectors.mapping(PersonalColumnEntry::column, Collectors.toList())));
    }

    private static Class<?> entityOrNull(String classFile) {
        String name = classFile.replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
        try {
            Class<?> type = Class.forName(name, false, MyDataExportIT.class.getClassLoader());
            return type.isAnnotationPresent(Entity.class) ? type : null;
        } catch (ClassNotFoundException | LinkageError e) {
            throw new UncheckedIOException(new IOException("cannot load " + name, e));
        }
    }
}
