package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.it.ApiFixtures.Json.first;
import static rs.eobuka.it.ApiFixtures.Json.number;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Trainers, venues and the booking calendar over the API: who may use them, what a refusal names,
 * and a session that books a trainer refusing another one at an overlapping time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingApiIT {

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
    void shouldCreateTrainerAndFindItByFilters() throws Exception {
        // Given an organizer and a new trainer's e-mail
        String email = ApiFixtures.unique("t") + "@example.rs";

        // When they add the trainer, who teaches URNTR in Niš
        HttpResponse<String> created = api.post("api/trainers", "organizer", "{\"fullName\":\"Vesna Urošević\",\"email\":\"" + email
                + "\",\"phone\":\"+381 64 000 0000\",\"topics\":[\"URNTR\",\"E_PAY\"],\"regions\":[],\"lsguCodes\":[\"79022\"]}");

        // Then the trainer exists, and the list finds them by e-mail, topic and region (through Niš) with a total count
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/trainers/"));
        long id = number(created.body(), "id");
        assertThat(first(created.body(), "email")).isEqualTo(email);
        HttpResponse<String> found = api.get("api/trainers?text=" + encode(email) + "&topic=URNTR&region="
                + encode("Region Južne i Istočne Srbije"), "admin", null);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(number(found.body(), "id")).isEqualTo(id);
        assertThat(api.get("api/trainers?text=" + encode(email) + "&topic=E_SICK_LEAVE", "organizer", null).headers()
                .firstValue("X-Total-Count")).hasValue("0");

        // When the trainer is deactivated
        HttpResponse<String> updated = api.put("api/trainers/" + id, "organizer", "{\"fullName\":\"Vesna Urošević\",\"email\":\"" + email
                + "\",\"topics\":[\"URNTR\"],\"lsguCodes\":[\"79022\"],\"active\":false}");

        // Then the active list no longer has them
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(first(updated.body(), "active")).isEqualTo("false");
        assertThat(api.get("api/trainers?active=true&text=" + encode(email), "organizer", null).headers().firstValue("X-Total-Count"))
                .hasValue("0");
    }

    @Test
    void shouldRefuseTrainersAndVenuesToParticipant() throws Exception {
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");

        assertThat(api.post("api/trainers", participant, "{\"fullName\":\"X\",\"email\":\"x@example.rs\"}").statusCode()).isEqualTo(403);
        assertThat(api.get("api/trainers", participant, null).statusCode()).isEqualTo(403);
        assertThat(api.get("api/venues?lsguCode=70645", participant, null).statusCode()).isEqualTo(403);
        assertThat(api.get("api/bookings?from=2026-01-01&to=2026-01-31", participant, null).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldNameEveryRefusedFieldOfTrainerAndVenue() throws Exception {
        HttpResponse<String> trainer = api.post("api/trainers", "organizer", "{\"fullName\":\" \",\"email\":\"not-an-address\","
                + "\"topics\":[\"COOKING\"]}", "en");

        assertThat(trainer.statusCode()).isEqualTo(422);
        assertThat(trainer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(trainer.body()).contains("\"field\":\"email\"", "\"field\":\"fullName\"", "\"field\":\"topics\"",
                "Enter a valid e-mail address for the trainer.");

        HttpResponse<String> venue = api.post("api/venues", "admin", "{\"lsguCode\":\"70645\",\"name\":\"\",\"seats\":0,\"computers\":-1}", "en");

        assertThat(venue.statusCode()).isEqualTo(422);
        assertThat(venue.body()).contains("\"field\":\"address\"", "\"field\":\"name\"", "\"field\":\"seats\"", "\"field\":\"computers\"");
    }

    @Test
    void shouldRefuseSecondSessionOfBookedTrainerNamingTheBooking() throws Exception {
        // Given a trainer and a venue in Kragujevac, and a session that books both
        long trainer = number(api.post("api/trainers", "organizer", "{\"fullName\":\"Zauzeti Predavač\",\"email\":\""
                + ApiFixtures.unique("t") + "@example.rs\",\"topics\":[\"E_SICK_LEAVE\"]}").body(), "id");
        HttpResponse<String> venue = api.post("api/venues", "organizer", "{\"lsguCode\":\"70645\",\"name\":\"Sala "
                + ApiFixtures.unique("v") + "\",\"address\":\"Trg slobode 3\",\"seats\":30,\"projector\":true,\"computers\":0,\"wifi\":true}");
        assertThat(venue.statusCode()).as(venue.body()).isEqualTo(201);
        long venueId = number(venue.body(), "id");
        // a Tuesday, so the free-slot search (working days only) looks at that day
        LocalDateTime start = LocalDate.now(ZoneId.of("Europe/Belgrade")).plusDays(40)
                .with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).atTime(10, 0);
        HttpResponse<String> first = propose(start, trainer, venueId);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> held = api.get("api/trainers/" + trainer + "/bookings?from=" + start.toLocalDate() + "&to="
                + start.toLocalDate(), "organizer", null);
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        long booking = number(held.body(), "id");
        assertThat(first(held.body(), "holderKind")).isEqualTo("SESSION");
        assertThat(first(held.body(), "holderId")).isEqualTo(first(first.body(), "id"));

        // When another session wants the same trainer an hour later
        HttpResponse<String> second = propose(start.plusHours(1), trainer, null);

        // Then it is refused with 409 naming the first session's booking of the trainer
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(number(second.body(), "conflictingBookingId")).isEqualTo(booking);
        assertThat(second.body()).contains("\"field\":\"trainerIds\"");

        // and the calendar feed shows both bookings of the first session, while the free slots of that day skip them
        HttpResponse<String> feed = api.get("api/bookings?from=" + start.toLocalDate() + "&to=" + start.toLocalDate()
                + "&trainerId=" + trainer + "&venueId=" + venueId, "admin", null);
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        assertThat(feed.body().split("\"holderKind\"", -1)).hasSize(3);
        HttpResponse<String> slots = api.get("api/free-slots?trainerIds=" + trainer + "&venueId=" + venueId + "&from=" + start.toLocalDate()
                + "&to=" + start.toLocalDate() + "&minutes=60", "organizer", null);
        assertThat(slots.statusCode()).as(slots.body()).isEqualTo(200);
        assertThat(slots.body()).contains("\"start\":\"" + start.toLocalDate() + "T09:00", "\"start\":\"" + start.toLocalDate() + "T14:00")
                .doesNotContain("\"start\":\"" + start.toLocalDate() + "T10:00");
    }

    @Test
    void shouldRefuseCalendarQueryWithoutSpan() throws Exception {
        HttpResponse<String> response = api.get("api/bookings?from=2026-13-01", "organizer", "en");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"from\"", "\"field\":\"to\"");
    }

    private HttpResponse<String> propose(LocalDateTime start, long trainer, Long venue) throws Exception {
        return api.post("api/sessions", "organizer", "{\"trainingId\":" + fixtures.anyTraining() + ",\"lsguCode\":\"70645\","
                + (venue == null ? "\"venue\":\"Sala " + ApiFixtures.unique("v") + "\"," : "\"venueId\":" + venue + ",")
                + "\"start\":\"" + start + "\",\"end\":\"" + start.plusHours(4) + "\",\"registrationDeadline\":\"" + start.minusDays(1)
                + "\",\"capacity\":20,\"audienceTypes\":[\"LSGU\"],\"trainerIds\":[" + trainer + "]}");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
