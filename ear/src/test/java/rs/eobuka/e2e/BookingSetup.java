package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;

/** Trainers, their absences and sessions that book them, made over the API by the demo organizer for the booking pages' tests. */
final class BookingSetup {

    private static final String ORGANIZER = "organizer";

    private final ApiClient api;

    BookingSetup(URL base) {
        api = new ApiClient(base);
    }

    /** A new trainer teaching the topic; returns the id. */
    long trainer(String fullName, String topic) throws IOException, InterruptedException {
        return ApiFixtures.Json.number(created(api.post("api/trainers", ORGANIZER, "{\"fullName\":\"" + fullName + "\",\"email\":\""
                + ApiFixtures.unique("bk") + "@example.rs\",\"topics\":[\"" + topic + "\"]}")), "id");
    }

    void absence(long trainerId, LocalDateTime start, LocalDateTime end, String reason) throws IOException, InterruptedException {
        created(api.post("api/trainers/" + trainerId + "/unavailability", ORGANIZER, "{\"start\":\"" + start + "\",\"end\":\"" + end
                + "\",\"reason\":\"" + reason + "\"}"));
    }

    /** A four-hour session in Kragujevac that books the trainer. */
    void session(long trainerId, LocalDateTime start) throws IOException, InterruptedException {
        created(api.post("api/sessions", ORGANIZER, "{\"trainingId\":" + new ApiFixtures(api).anyTraining()
                + ",\"lsguCode\":\"70645\",\"venue\":\"Sala " + ApiFixtures.unique("v") + "\",\"start\":\"" + start + "\",\"end\":\""
                + start.plusHours(4) + "\",\"registrationDeadline\":\"" + start.minusDays(1)
                + "\",\"capacity\":20,\"audienceTypes\":[\"LSGU\"],\"trainerIds\":[" + trainerId + "]}"));
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }
}
