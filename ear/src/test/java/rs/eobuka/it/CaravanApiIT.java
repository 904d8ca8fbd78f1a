package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.it.ApiFixtures.Json.first;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Digital Caravan events over the API: planning with parts that book trainers and venues, the
 * public listing, and the Digital Corner's tally (idempotent on the device's tap id, staff only,
 * undo within a minute, totals). The demo stops give the ids of a trainer (Stefan Đorđević, the
 * demo account {@code trainer}) and of venues.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaravanApiIT {

    static final ZoneId SERBIA = ZoneId.of("Europe/Belgrade");
    static final String EVENTS = "api/caravan-events";

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
    void shouldPlanEventWithPartsAndListItPubliclyInCallersLanguage() throws Exception {
        // Given an organizer planning a stop with a workshop, a promotion and Digital Corner hours
        LocalDate day = farDay();
        String json = event(ApiFixtures.KRAGUJEVAC, day, "Karavan " + day, "["
                + part("WORKSHOP", "09:00", "11:00", venue(ApiFixtures.KRAGUJEVAC), null) + ","
                + part("PROMOTION", "11:30", "12:00", null, null) + ","
                + part("DIGITAL_CORNER", "12:00", "15:00", null, stefan()) + "]");

        // When it is posted
        HttpResponse<String> created = api.post(EVENTS, "organizer", json, "en");

        // Then it is stored with its parts in order, and anyone can read it, labels in their language
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApiFixtures.Json.number(created.body(), "id");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/" + EVENTS + "/" + id));
        assertThat(created.body()).contains("\"status\":\"PLANNED\"", "\"kindLabel\":\"Workshop\"", "\"kindLabel\":\"Digital Corner\"",
                "\"fullName\":\"Stefan Đorđević\"");
        assertThat(created.body().indexOf("WORKSHOP")).isLessThan(created.body().indexOf("PROMOTION"));
        HttpResponse<String> cyrillic = api.get(EVENTS + "/" + id, null, "sr-Cyrl");
        assertThat(cyrillic.statusCode()).isEqualTo(200);
        assertThat(cyrillic.body()).contains("Радионица", "Дигитални кутак", "Крагујевац");
        HttpResponse<String> upcoming = api.get(EVENTS + "?when=upcoming&max=100", null, null);
        assertThat(upcoming.statusCode()).isEqualTo(200);
        assertThat(upcoming.body()).contains("\"id\":" + id + ",", "Digitalni karavan u Kragujevcu");
        assertThat(upcoming.headers().firstValue("X-Total-Count")).isPresent();
        HttpResponse<String> past = api.get(EVENTS + "?when=past", null, null);
        assertThat(past.body()).contains("Digitalni karavan u Čačku", "\"status\":\"HELD\"").doesNotContain("\"id\":" + id + ",");
    }

    @Test
    void shouldRefuseInvalidEventWith422NamingEachField() throws Exception {
        String json = "{\"lsguCode\":\"70645\",\"day\":\"not-a-day\",\"title\":\"\",\"parts\":[{\"kind\":\"PARTY\",\"start\":\"9h\",\"end\":\"10:00\"}]}";

        HttpResponse<String> refused = api.post(EVENTS, "organizer", json, "en");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"day\"", "\"field\":\"title\"", "\"field\":\"parts[0].kind\"",
                "\"field\":\"parts[0].start\"", "Enter the time as HH:mm");
    }

    @Test
    void shouldRefusePlanningToParticipants() throws Exception {
        String json = event(ApiFixtures.KRAGUJEVAC, farDay(), "Karavan", "[" + part("PROMOTION", "10:00", "11:00", null, null) + "]");

        assertThat(api.post(EVENTS, "official", json).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseCaravanPartOverlappingAnotherPartsVenueWith409() throws Exception {
        // Given a stop that holds a venue from 10 to 12
        LocalDate day = farDay();
        long hall = venue(ApiFixtures.CACAK);
        HttpResponse<String> first = api.post(EVENTS, "organizer", event(ApiFixtures.CACAK, day, "Prvi karavan",
                "[" + part("TRAINING", "10:00", "12:00", hall, null) + "]"), "en");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        // When another organizer plans a part in the same venue from 11 to 13
        HttpResponse<String> second = api.post(EVENTS, "coordinator", event(ApiFixtures.CACAK, day, "Drugi karavan",
                "[" + part("PROMOTION", "09:00", "10:00", null, null) + "," + part("WORKSHOP", "11:00", "13:00", hall, null) + "]"), "en");

        // Then it is refused, naming the booking in the way, and nothing of it is stored
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(second.body()).contains("\"field\":\"venueId\"", "already booked", "Prvi karavan");
        assertThat(api.get(EVENTS + "?when=upcoming&max=100", null, null).body()).doesNotContain("Drugi karavan");
    }

    @Test
    void shouldCountTapOnceAndAnswer200WithSameBodyOnRepeat() throws Exception {
        long event = todayEvent(null);
        try {
            String tap = tap("EPAY_PAYMENT", UUID.randomUUID().toString(), "\"ageBand\":\"FROM_50_TO_64\",\"deviceHelp\":true");

            HttpResponse<String> created = api.post(tally(event), "organizer", tap);
            HttpResponse<String> repeated = api.post(tally(event), "organizer", tap);

            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(repeated.statusCode()).as(repeated.body()).isEqualTo(200);
            assertThat(repeated.body()).isEqualTo(created.body());
            String totals = api.get(tally(event), "organizer", null).body();
            assertThat(first(totals, "total")).isEqualTo("1");
            assertThat(first(totals, "EPAY_PAYMENT")).isEqualTo("1");
            assertThat(first(totals, "ESICK_LEAVE")).isEqualTo("0");
            assertThat(first(totals, "FROM_50_TO_64")).isEqualTo("1");
            assertThat(first(totals, "deviceHelp")).isEqualTo("1");
        } finally {
            cancel(event);
        }
    }

    @Test
    void shouldStoreOneTapWhenTwelveRetriesArriveAtOnce() throws Exception {
        long event = todayEvent(null);
        try {
            String tap = tap("ESICK_LEAVE", UUID.randomUUID().toString(), null);

            List<CompletableFuture<HttpResponse<String>>> retries = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                retries.add(api.postAsync(tally(event), "organizer", tap));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> retry : retries) {
                statuses.add(retry.join().statusCode());
            }

            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
            assertThat(first(api.get(tally(event), "organizer", null).body(), "total")).isEqualTo("1");
        } finally {
            cancel(event);
        }
    }

    @Test
    void shouldLetOnlyOrganizersAndTheEventsTrainersCount() throws Exception {
        // Given a stop today whose Digital Corner the demo trainer Stefan Đorđević staffs
        long event = todayEvent(stefan());
        try {
            String participant = fixtures.participant(ApiFixtures.CACAK, "LSGU");

            // Then a participant who is not on its staff is refused, and the trainer's account counts
            assertThat(api.post(tally(event), participant, tap("OTHER", UUID.randomUUID().toString(), "\"note\":\"eVrtić\"")).statusCode())
                    .isEqualTo(403);
            assertThat(api.get(tally(event), participant, null).statusCode()).isEqualTo(403);
            HttpResponse<String> counted = api.post(tally(event), "trainer", tap("OTHER", UUID.randomUUID().toString(), "\"note\":\"eVrtić\""));
            assertThat(counted.statusCode()).as(counted.body()).isEqualTo(201);
            assertThat(counted.body()).contains("\"note\":\"eVrtić\"");
            assertThat(api.get(tally(event), "trainer", null).statusCode()).isEqualTo(200);
            // and OTHER without a note is refused, naming the field
            HttpResponse<String> noNote = api.post(tally(event), "trainer", tap("OTHER", UUID.randomUUID().toString(), null), "en");
            assertThat(noNote.statusCode()).isEqualTo(422);
            assertThat(noNote.body()).contains("\"field\":\"note\"");
        } finally {
            cancel(event);
        }
    }

    @Test
    void shouldUndoTapWithinAMinuteButNotLater() throws Exception {
        long event = todayEvent(null);
        try {
            String recent = UUID.randomUUID().toString();
            String old = UUID.randomUUID().toString();
            api.post(tally(event), "organizer", tap("EGOV_PORTAL_SIGNUP", recent, null));
            String twoMinutesAgo = LocalDateTime.now(SERBIA).minusMinutes(2).withNano(0).toString();
            api.post(tally(event), "organizer", tap("EGOV_PORTAL_SIGNUP", old, "\"tappedAt\":\"" + twoMinutesAgo + "\""));

            HttpResponse<String> undone = api.delete(tally(event) + "/" + recent, "organizer");
            HttpResponse<String> tooLate = api.delete(tally(event) + "/" + old, "organizer");

            assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
            assertThat(undone.body()).contains("\"undone\":true");
            assertThat(tooLate.statusCode()).isEqualTo(409);
            String totals = api.get(tally(event), "organizer", null).body();
            assertThat(first(totals, "total")).isEqualTo("1");
            assertThat(first(totals, "EGOV_PORTAL_SIGNUP")).isEqualTo("1");
        } finally {
            cancel(event);
        }
    }

    @Test
    void shouldRefuseTallyBeforeTheDay() throws Exception {
        String json = event(ApiFixtures.KRAGUJEVAC, farDay(), "Karavan", "[" + part("DIGITAL_CORNER", "10:00", "11:00", null, null) + "]");
        long event = ApiFixtures.Json.number(api.post(EVENTS, "organizer", json).body(), "id");

        HttpResponse<String> early = api.post(tally(event), "organizer", tap("EPAY_PAYMENT", UUID.randomUUID().toString(), null));

        assertThat(early.statusCode()).isEqualTo(422);
    }

    /** A stop today whose Digital Corner takes a few random minutes, so tests and reruns never book the same trainer twice. */
    long todayEvent(Long trainer) throws Exception {
        int minute = ThreadLocalRandom.current().nextInt(0, 23 * 60);
        String start = String.format("%02d:%02d", minute / 60, minute % 60);
        String end = String.format("%02d:%02d", (minute + 4) / 60, (minute + 4) % 60);
        HttpResponse<String> created = api.post(EVENTS, "organizer", event(ApiFixtures.CACAK, LocalDate.now(SERBIA), "Kutak danas",
                "[" + part("DIGITAL_CORNER", start, end, null, trainer) + "]"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiFixtures.Json.number(created.body(), "id");
    }

    void cancel(long event) throws Exception {
        api.post(EVENTS + "/" + event + "/cancellation", "organizer", "{\"reason\":\"test\"}");
    }

    static String tally(long event) {
        return EVENTS + "/" + event + "/corner-tally";
    }

    static String tap(String service, String clientTapId, String more) {
        return "{\"service\":\"" + service + "\",\"clientTapId\":\"" + clientTapId + "\"" + (more == null ? "" : "," + more) + "}";
    }

    static String event(String lsgu, LocalDate day, String title, String parts) {
        return "{\"lsguCode\":\"" + lsgu + "\",\"day\":\"" + day + "\",\"title\":\"" + title + "\",\"parts\":" + parts + "}";
    }

    static String part(String kind, String start, String end, Long venue, Long trainer) {
        return "{\"kind\":\"" + kind + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\""
                + (venue == null ? "" : ",\"venueId\":" + venue)
                + (trainer == null ? "" : ",\"trainerIds\":[" + trainer + "]") + "}";
    }

    /** A day of its own, years ahead, so no two tests (or reruns) share a venue's day. */
    static LocalDate farDay() {
        return LocalDate.now(SERBIA).plusDays(ThreadLocalRandom.current().nextInt(400, 40_000));
    }

    /** The demo trainer Stefan Đorđević (account {@code trainer}), as the demo stop in Kragujevac names him. */
    long stefan() throws Exception {
        String stops = demoStops();
        Matcher m = Pattern.compile("\\{\"fullName\":\"Stefan Đorđević\",\"id\":(\\d+)\\}|\\{\"id\":(\\d+),\"fullName\":\"Stefan Đorđević\"\\}")
                .matcher(stops);
        assertThat(m.find()).as(stops).isTrue();
        return Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** A venue of the demo stop in the LSGU. */
    long venue(String lsgu) throws Exception {
        String stops = demoStops();
        Matcher m = Pattern.compile("\"lsguCode\":\"" + lsgu + "\".*?\"venueId\":(\\d+)").matcher(stops);
        assertThat(m.find()).as(stops).isTrue();
        return Long.parseLong(m.group(1));
    }

    private String demoStops() throws Exception {
        return api.get(EVENTS + "?when=upcoming&max=100", null, null).body() + api.get(EVENTS + "?when=past&max=100", null, null).body();
    }
}
