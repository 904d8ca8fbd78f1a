package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.it.ApiFixtures.Json.first;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seat invariant under load: however many requests arrive at once, pending plus confirmed
 * registrations never exceed the capacity, the waiting list is a gapless queue, and one person
 * holds at most one active registration per session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationConcurrencyIT {

    private static final int CAPACITY = 5;
    private static final int PARTICIPANTS = 40;

    @ArquillianResource
    URL base;

    private ApiClient api;
    private ApiFixtures fixtures;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
        fixtures = new ApiFixtures(api);
    }

    @Test
    void shouldGiveExactlyCapacitySeatsAndQueueTheRestWhenAllRegisterAtOnce() throws Exception {
        // Given a session of five seats and forty eligible participants
        long session = fixtures.publishedSession(CAPACITY, null);
        List<String> participants = participants(PARTICIPANTS);

        // When all of them register at the same moment
        List<HttpResponse<String>> responses = all(participants,
                p -> api.postAsync("api/sessions/" + session + "/registrations", p, ApiFixtures.CONSENT));

        // Then every one is registered: five hold a seat pending approval, thirty-five wait in a gapless queue
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        List<String> statuses = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            String registration = fixtures.registration(Long.parseLong(first(responses.get(i).body(), "id")), participants.get(i));
            statuses.add(first(registration, "status"));
            if ("WAITLISTED".equals(first(registration, "status"))) {
                positions.add(Long.parseLong(first(registration, "waitlistPosition")));
            }
        }
        assertThat(statuses).filteredOn("PENDING_APPROVAL"::equals).hasSize(CAPACITY);
        assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(PARTICIPANTS - CAPACITY);
        assertThat(positions).containsExactlyInAnyOrderElementsOf(range(1, PARTICIPANTS - CAPACITY));
        String summary = fixtures.session(session);
        assertThat(first(summary, "seatsTaken")).isEqualTo(Integer.toString(CAPACITY));
        assertThat(first(summary, "seatsLeft")).isEqualTo("0");
        assertThat(first(summary, "waitlisted")).isEqualTo(Integer.toString(PARTICIPANTS - CAPACITY));
    }

    @Test
    void shouldCreateOneRegistrationWhenTheSamePersonSubmitsFiveTimesAtOnce() throws Exception {
        // Given a participant and a session
        long session = fixtures.publishedSession(CAPACITY, null);
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");

        // When the register button is hit five times at once
        List<HttpResponse<String>> responses = all(List.of(participant, participant, participant, participant, participant),
                p -> api.postAsync("api/sessions/" + session + "/registrations", p, ApiFixtures.CONSENT));

        // Then one registration is made and the other four are conflicts
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409, 409, 409, 409);
        assertThat(api.get("api/registrations", participant, null).body().split("\"sessionId\"", -1)).hasSize(2);
        assertThat(first(fixtures.session(session), "seatsTaken")).isEqualTo("1");
    }

    @Test
    void shouldPromoteAsManyAsCancelledWhenSeatHoldersCancelAtOnce() throws Exception {
        // Given a full session of five seats, two of them confirmed, and eight people waiting in order
        long session = fixtures.publishedSession(CAPACITY, null);
        Map<Long, String> holders = new HashMap<>();
        List<Long> holderIds = new ArrayList<>();
        for (String participant : participants(CAPACITY)) {
            long id = fixtures.registered(session, participant);
            holders.put(id, participant);
            holderIds.add(id);
        }
        for (long id : holderIds.subList(0, 2)) {
            String task = fixtures.taskOf("training-registration", id, ApiFixtures.REVIEWER);
            assertThat(api.post("api/tasks/" + task + "/complete", ApiFixtures.REVIEWER, "{\"decision\":\"APPROVE\"}").statusCode())
                    .isEqualTo(200);
        }
        List<String> waiting = participants(8);
        List<Long> waitingIds = new ArrayList<>();
        for (String participant : waiting) {
            waitingIds.add(fixtures.registered(session, participant));
        }

        // When four seat holders (both confirmed ones and two pending) cancel at the same moment
        List<Long> leaving = holderIds.subList(0, 4);
        List<HttpResponse<String>> responses = all(leaving, id -> api.deleteAsync("api/registrations/" + id, holders.get(id)));

        // Then exactly the first four in line are promoted, in order, and the seats are full again, not over
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        for (int i = 0; i < waiting.size(); i++) {
            String registration = fixtures.registration(waitingIds.get(i), waiting.get(i));
            if (i < 4) {
                assertThat(first(registration, "status")).as("waiting no. " + (i + 1)).isEqualTo("PENDING_APPROVAL");
                assertThat(fixtures.taskOf("training-registration", waitingIds.get(i), ApiFixtures.REVIEWER)).isNotBlank();
            } else {
                assertThat(first(registration, "status")).as("waiting no. " + (i + 1)).isEqualTo("WAITLISTED");
                assertThat(first(registration, "waitlistPosition")).isEqualTo(Integer.toString(i - 3));
            }
        }
        assertThat(first(fixtures.registration(holderIds.get(4), holders.get(holderIds.get(4))), "status")).isEqualTo("PENDING_APPROVAL");
        String summary = fixtures.session(session);
        assertThat(first(summary, "seatsTaken")).isEqualTo(Integer.toString(CAPACITY));
        assertThat(first(summary, "waitlisted")).isEqualTo("4");
    }

    private List<String> participants(int count) throws Exception {
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            participants.add(fixtures.participant(i % 2 == 0 ? ApiFixtures.KRAGUJEVAC : ApiFixtures.CACAK, "LSGU"));
        }
        return participants;
    }

    /** Starts one request per item as close together as the client allows, and waits for all the answers, in order. */
    private static <T> List<HttpResponse<String>> all(List<T> items, Function<T, CompletableFuture<HttpResponse<String>>> request)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(items.size());
        try {
            // every thread waits at the gate, then all send together
            CountDownLatch gate = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(CompletableFuture.runAsync(() -> await(gate), threads).thenCompose(ignored -> request.apply(item)));
            }
            gate.countDown();
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(3, TimeUnit.MINUTES);
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Long> range(long from, long to) {
        List<Long> values = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            values.add(i);
        }
        return values;
    }
}
