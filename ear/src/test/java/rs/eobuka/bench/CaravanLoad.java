package rs.eobuka.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import rs.eobuka.bench.ApiClient.Reply;
import rs.eobuka.bench.ApiClient.User;

/**
 * The load the second workflow adds to registration: staff tapping the Digital Corner tally of a
 * caravan event ({@code bench.tappers} clients, each a closed loop of taps with new client ids),
 * and organizers proposing workshop slots ({@code bench.slotProposers}), each proposal answered
 * by the requester with a counter-proposal so that the request comes back for the next one. A
 * proposal refused with 409 (the random trainer or venue is already booked) is an answer, not
 * an error: the organizer would pick another slot, and so does the loop.
 */
final class CaravanLoad {

    static final String WORKSHOP_TASKS = "/api/tasks?processKey=workshop-scheduling&businessKey=";
    private static final String[] SERVICES = {"EGOV_PORTAL_SIGNUP", "EPAY_PAYMENT", "ESICK_LEAVE", "PORTAL_NAVIGATION"};

    /** What one round measured of this load. */
    record Result(Samples taps, Samples proposals, Samples counters) {

        static Result pooled(List<Result> rounds) {
            return new Result(Samples.pooled(rounds.stream().map(Result::taps).toList()),
                    Samples.pooled(rounds.stream().map(Result::proposals).toList()),
                    Samples.pooled(rounds.stream().map(Result::counters).toList()));
        }
    }

    private record Request(long id, User requester) {
    }

    private final BenchSettings settings;
    private final ApiClient api;
    private long tallyEvent;
    private final List<Long> trainers = new ArrayList<>();
    private final List<Long> venues = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();

    CaravanLoad(BenchSettings settings, ApiClient api) {
        this.settings = settings;
        this.api = api;
    }

    boolean active() {
        return settings.tappers() > 0 || settings.slotProposers() > 0;
    }

    /**
     * A caravan event of today takes the taps; workshop requests, one per participant
     * from the registration setup, are submitted and accepted at triage, ready for proposals.
     */
    void setup(List<User> participants) {
        User organizer = organizer(0);
        // the corner counts only from the event's day: a stop today, its corner open all day
        String event = "{\"lsguCode\":\"70645\",\"day\":\"" + LocalDate.now() + "\",\"title\":\"Benchmark\",\"parts\":["
                + "{\"kind\":\"DIGITAL_CORNER\",\"start\":\"00:00\",\"end\":\"23:59\"}]}";
        tallyEvent = ApiClient.numberId(expect(api.post(organizer, "/api/caravan-events", event), 201, "plan a caravan event").body());
        trainers.addAll(ids(expect(api.get(organizer, "/api/trainers?max=500"), 200, "list trainers").body()));
        venues.addAll(ids(expect(api.get(organizer, "/api/venues?max=500"), 200, "list venues").body()));
        LocalDate from = LocalDate.now().plusDays(30);
        for (int i = 0; i < Math.min(settings.workshopRequests(), participants.size()); i++) {
            User requester = participants.get(participants.size() - 1 - i);
            String body = "{\"topic\":\"E_PAY\",\"lsguCode\":\"70645\",\"organisationName\":\"Bench " + i + "\","
                    + "\"expectedParticipants\":20,\"preferredWindows\":[" + window(from) + "],\"notes\":\"benchmark\"}";
            long id = ApiClient.numberId(expect(api.post(requester, "/api/workshop-requests", body), 201, "request a workshop").body());
            String triage = onlyTask(organizer, id, "find the triage task");
            expect(api.post(organizer, "/api/tasks/" + triage + "/complete", "{\"decision\":\"ACCEPT\"}"), 200, "accept at triage");
            requests.add(new Request(id, requester));
        }
    }

    /** Starts this round's tappers and proposers on the window; the caller joins them. */
    List<Thread> start(LoadWindow window, Result result) {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < settings.tappers(); t++) {
            User staff = organizer(t);
            threads.add(RegistrationBenchmark.start("app-tapper-" + t, () -> {
                while (!window.over()) {
                    String service = SERVICES[ThreadLocalRandom.current().nextInt(SERVICES.length)];
                    Reply reply = api.post(staff, "/api/caravan-events/" + tallyEvent + "/corner-tally",
                            "{\"service\":\"" + service + "\",\"clientTapId\":\"" + UUID.randomUUID() + "\"}");
                    if (window.counts()) {
                        result.taps().record(reply.status(), reply.nanos(), reply.is(201));
                    }
                }
            }));
        }
        for (int p = 0; p < settings.slotProposers(); p++) {
            int proposer = p;
            User organizer = organizer(p);
            threads.add(RegistrationBenchmark.start("app-slot-proposer-" + p, () -> {
                int k = proposer;
                while (!window.over() && !requests.isEmpty()) {
                    propose(organizer, requests.get(k % requests.size()), window, result);
                    k += settings.slotProposers();
                }
            }));
        }
        return threads;
    }

    /** One proposal for the request; when it is accepted, the requester counters so it comes back. */
    private void propose(User organizer, Request request, LoadWindow window, Result result) {
        List<String> tasks = ApiClient.textIds(api.get(organizer, WORKSHOP_TASKS + request.id()).body());
        if (tasks.isEmpty()) {
            counter(request, window, result);
            return;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDateTime start = workingDay(LocalDate.now().plusDays(30 + random.nextInt(90))).atTime(9 + random.nextInt(6), 0);
        Reply reply = api.post(organizer, "/api/tasks/" + tasks.get(0) + "/complete", "{\"decision\":\"PROPOSE\",\"start\":\""
                + start + "\",\"end\":\"" + start.plusHours(3) + "\",\"trainerIds\":[" + trainers.get(random.nextInt(trainers.size()))
                + "],\"venueId\":" + venues.get(random.nextInt(venues.size())) + "}");
        if (window.counts()) {
            result.proposals().record(reply.status(), reply.nanos(), reply.is(200) || reply.is(409));
        }
        if (reply.is(200)) {
            counter(request, window, result);
        }
    }

    private void counter(Request request, LoadWindow window, Result result) {
        List<String> tasks = ApiClient.textIds(api.get(request.requester(), WORKSHOP_TASKS + request.id()).body());
        if (tasks.isEmpty()) {
            return;
        }
        Reply reply = api.post(request.requester(), "/api/tasks/" + tasks.get(0) + "/complete",
                "{\"decision\":\"COUNTER\",\"preferredWindows\":[" + window(LocalDate.now().plusDays(30)) + "],\"comment\":\"benchmark\"}");
        if (window.counts()) {
            result.counters().record(reply.status(), reply.nanos(), reply.is(200));
        }
    }

    private String onlyTask(User user, long request, String what) {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<String> tasks = ApiClient.textIds(expect(api.get(user, WORKSHOP_TASKS + request), 200, what).body());
            if (!tasks.isEmpty()) {
                return tasks.get(0);
            }
            sleep();
        }
        throw new IllegalStateException("could not " + what + " of workshop request " + request);
    }

    private User organizer(int i) {
        return ApiClient.user(i % 2 == 0 ? settings.proposer() : settings.reviewer(), settings.demoPassword());
    }

    private static String window(LocalDate from) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + from.plusDays(120) + "\"}";
    }

    private static LocalDate workingDay(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    private static List<Long> ids(String array) {
        return ApiClient.objects(array).stream().map(ApiClient::numberId).toList();
    }

    private static Reply expect(Reply reply, int status, String what) {
        if (!reply.is(status)) {
            throw new IllegalStateException("could not " + what + ": HTTP " + reply.status() + " " + reply.body());
        }
        return reply;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
