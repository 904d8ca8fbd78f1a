package rs.eobuka.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Fills the application's database with a year of delivered programme for the map, the
 * evaluators' results and impact reports: held sessions of one programme across the in-scope
 * LSGUs, their registrations marked attended (some absent) carrying each participant's LSGU and
 * the certificates the attendees got, held caravan events (one of those sessions as their training
 * part, then Digital Corner hours with their taps), and per session its participants' survey of
 * the default questionnaire with everyone present invited and anonymous answers of about two in
 * three. All of it by JDBC in batches, as it stands after the fact (as the demo history
 * {@code DemoPastSessions} writes it): no process runs for it and nobody is mailed. The surveys of
 * the last two weeks are still open (those that stay open for at least another day);
 * {@link #tokens} adds invitations to them with one-use links for the answer load.
 *
 * <p>Ids come from the application's sequences as {@link ScaleSeed#reserveIds} takes them, so the
 * application must be idle while this runs. The seed does not depend on {@link ScaleSeed}: with or
 * without the {@code reads} phase before it, the held history is the same size.
 */
final class ImpactSeed {

    /** The default participants' questionnaire, seeded by the migration (V9). */
    static final long QUESTIONNAIRE = 1;
    /** The application's clock: SerbianTime. */
    static final ZoneId SERBIA = ZoneId.of("Europe/Belgrade");
    /** As SurveySettings.DEFAULT_DAYS_OPEN: a survey takes answers for two weeks after its session ends. */
    private static final int DAYS_OPEN = 14;
    private static final int BATCH = 2_000;
    private static final String[] ORGANISATIONS = {"LSGU", "LSGU", "LSGU", "LSGU", "LSGU", "LSGU", "LSGU", "LSGU", "LSGU", "LSGU",
        "LSGU", "LSGU", "LSGU", "PUBLIC_INSTITUTION", "PUBLIC_INSTITUTION", "PUBLIC_INSTITUTION", "CSO", "CSO", "EMPLOYER", "EMPLOYER"};
    private static final String[] SERVICES = {"EGOV_PORTAL_SIGNUP", "EPAY_PAYMENT", "ESICK_LEAVE", "PORTAL_NAVIGATION", "OTHER"};
    private static final String[] AGE_BANDS = {"UNDER_30", "FROM_30_TO_49", "FROM_50_TO_64", "FROM_65"};
    private static final String[] IMPROVE = {"Više praktičnih primera iz naše opštine", "Duže trajanje, bar dva dana",
        "Materijale poslati unapred", "Bolja internet veza u sali", "Više vremena za pitanja", "Primeri iz prakse su bili odlični"};
    /** Crockford's base 32, as the application's certificate codes (10 characters). */
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /** A question of the questionnaire, as the {@code question} table holds it; options in their order. */
    record Question(long id, String kind, String measure, boolean required, List<Long> options) {
    }

    /** What {@link #run} wrote, and what the measured calls need: the programme, the period, the questions. */
    record Result(long programmeId, String programme, LocalDate from, LocalDate to, int sessions, int events, int lsgus,
                  int people, int registrations, int attended, int certificates, int taps, int surveys, int openSurveys,
                  int invitations, int responses, int answerValues, List<Question> questions, List<Long> openSurveyIds,
                  double seconds, long totalRegistrations, long totalAttended, long totalSessionsHeld, long totalEventsHeld,
                  long totalResponses, long totalAnswerValues) {
    }

    /** One-use links of invitations to open surveys: the plain tokens, only here; the database has their hashes. */
    record Tokens(List<String> tokens, int surveys, double seconds) {
    }

    private final BenchSettings settings;
    private final String run;
    private final SecureRandom secure = new SecureRandom();

    ImpactSeed(BenchSettings settings, String run) {
        this.settings = settings;
        this.run = run;
    }

    Result run() throws SQLException {
        long began = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(SERBIA);
        LocalDate today = now.toLocalDate();
        try (Connection c = ScaleSeed.connect(settings)) {
            c.setAutoCommit(false);
            long programme = programme(c);
            String programmeName = text(c, "select name from programme where id = " + programme);
            List<Long> trainings = longs(c, "select id from training where programme_id = " + programme + " order by id");
            List<String> lsgus = texts(c, "select code from lsgu where in_scope = true order by code");
            if (lsgus.isEmpty()) {
                throw new IllegalStateException("no in-scope LSGU in the database");
            }
            List<Question> questions = questions(c);
            int sessions = Math.max(1, settings.impactSessions());
            int events = Math.max(0, settings.impactEvents());
            int registrations = Math.max(sessions, settings.impactRegistrations());
            int perSessionMax = (registrations + sessions - 1) / sessions;
            // a person once per session: at least as many people as the largest session has registrations
            int people = Math.max(perSessionMax, settings.impactPeople());
            int answersWanted = Math.max(0, settings.impactAnswers());
            int taps = events == 0 ? 0 : Math.max(0, settings.impactTaps());
            int valuesPerResponse = 0;
            for (Question q : questions) {
                valuesPerResponse += "MULTIPLE".equals(q.kind()) ? Math.max(1, q.options().size()) : 1;
            }

            long firstAccount = ScaleSeed.reserveIds(c, settings.postgres(), "account_seq", people);
            long firstSession = ScaleSeed.reserveIds(c, settings.postgres(), "training_session_seq", sessions);
            long firstRegistration = ScaleSeed.reserveIds(c, settings.postgres(), "registration_seq", registrations);
            long firstSurvey = ScaleSeed.reserveIds(c, settings.postgres(), "feedback_survey_seq", sessions);
            long firstInvitation = ScaleSeed.reserveIds(c, settings.postgres(), "feedback_invitation_seq", registrations);
            long firstResponse = ScaleSeed.reserveIds(c, settings.postgres(), "feedback_response_seq", Math.max(1, answersWanted));
            long firstValue = ScaleSeed.reserveIds(c, settings.postgres(), "feedback_answer_seq",
                    Math.max(1, answersWanted * valuesPerResponse));
            long firstEvent = ScaleSeed.reserveIds(c, settings.postgres(), "caravan_event_seq", Math.max(1, events));
            long firstPart = ScaleSeed.reserveIds(c, settings.postgres(), "caravan_part_seq", Math.max(1, 2 * events));
            long firstTap = ScaleSeed.reserveIds(c, settings.postgres(), "corner_tap_seq", Math.max(1, taps));
            c.commit();

            String[] homes = new String[people];
            String[] languages = new String[people];
            seedPeople(c, firstAccount, lsgus, homes, languages, now);

            // Sessions: the newest ended yesterday, the oldest some 364 days ago, in LSGUs round the country.
            LocalDateTime[] starts = new LocalDateTime[sessions];
            String[] where = new String[sessions];
            int[] present = new int[sessions];
            for (int s = 0; s < sessions; s++) {
                starts[s] = today.minusDays(1 + (long) s * 364 / sessions).atTime(10, 0);
                where[s] = lsgus.get((int) ((s * 7919L + s / lsgus.size()) % lsgus.size()));
            }
            seedSessions(c, firstSession, trainings, starts, where, registrations);

            Counters n = new Counters();
            n.nextRegistration = firstRegistration;
            n.nextInvitation = firstInvitation;
            n.nextResponse = firstResponse;
            n.nextValue = firstValue;
            List<Long> open = new ArrayList<>();
            try (Batches b = new Batches(c)) {
                long personCursor = 0;
                for (int s = 0; s < sessions; s++) {
                    int size = registrations / sessions + (s < registrations % sessions ? 1 : 0);
                    int answers = answersWanted / sessions + (s < answersWanted % sessions ? 1 : 0);
                    long session = firstSession + s;
                    long survey = firstSurvey + s;
                    LocalDateTime start = starts[s];
                    LocalDateTime end = start.plusHours(4);
                    LocalDateTime deadline = end.plusDays(DAYS_OPEN);
                    // open only when it stays open for the rest of the run (the answer load comes after the reads)
                    boolean isOpen = deadline.isAfter(now.plusDays(1));
                    if (isOpen) {
                        open.add(survey);
                    }
                    long[] attendees = new long[size];
                    long[] attendeeRegistrations = new long[size];
                    int attended = 0;
                    for (int j = 0; j < size; j++) {
                        int person = (int) ((personCursor + j) % people);
                        boolean came = j % 10 != 9;
                        long registration = n.nextRegistration++;
                        registration(b.registration, registration, session, firstAccount + person, homes[person], came, start, end);
                        if (came) {
                            attendees[attended] = person;
                            attendeeRegistrations[attended] = registration;
                            attended++;
                            n.certificates++;
                        }
                    }
                    personCursor += size;
                    present[s] = attended;
                    n.registrations += size;
                    n.attended += attended;
                    survey(b.survey, survey, session, isOpen, end, deadline, programme, where[s], start.toLocalDate());
                    int mood = 3 + s % 3;
                    for (int t = 0; t < attended; t++) {
                        int person = (int) attendees[t];
                        boolean answered = t < answers;
                        invitation(b.invitation, n.nextInvitation++, survey, firstAccount + person, attendeeRegistrations[t],
                                email(person), languages[person], answered, answered || isOpen ? 0 : 2, end);
                        n.invitations++;
                        if (answered) {
                            LocalDate on = end.toLocalDate().plusDays(1 + t % 6);
                            on = on.isAfter(today) ? today : on;
                            long response = n.nextResponse++;
                            response(b.response, response, survey, on, languages[person]);
                            n.responses++;
                            n.values += values(b.value, n, response, questions, mood, t);
                        }
                    }
                    b.flushIfFull();
                }
                b.flush();
            }
            tally(c, firstSurvey, firstSurvey + sessions - 1);

            int heldEvents = seedEvents(c, firstEvent, firstPart, firstTap, events, taps, firstSession, starts, where, present);

            if (settings.postgres()) {
                // statistics as autovacuum would have them by now (off on the benchmark machines)
                c.setAutoCommit(true);
                try (Statement analyze = c.createStatement()) {
                    analyze.execute("analyze");
                }
            }
            String ended = "timestamp '" + Timestamp.valueOf(now) + "'";
            return new Result(programme, programmeName, today.minusYears(1), today, sessions, heldEvents, lsgus.size(), people,
                    n.registrations, n.attended, n.certificates, taps, sessions, open.size(), n.invitations, n.responses, n.values,
                    questions, open, (System.nanoTime() - began) / 1e9,
                    ScaleSeed.count(c, "select count(*) from registration"),
                    ScaleSeed.count(c, "select count(*) from registration where status = 'ATTENDED'"),
                    ScaleSeed.count(c, "select count(*) from training_session where status = 'PUBLISHED' and ends_at <= " + ended),
                    ScaleSeed.count(c, "select count(*) from caravan_event where status = 'HELD'"),
                    ScaleSeed.count(c, "select count(*) from feedback_response"),
                    ScaleSeed.count(c, "select count(*) from feedback_answer"));
        }
    }

    /**
     * {@code count} invitations spread over the open surveys, each with one link: a token as
     * {@code FeedbackToken.newToken} makes it (32 random bytes, URL-safe Base64 without padding)
     * whose SHA-256 in lower-case hex is the stored {@code token_hash}, as {@code FeedbackToken.hash}.
     */
    Tokens tokens(List<Long> openSurveys, int count) throws SQLException {
        long began = System.nanoTime();
        if (openSurveys.isEmpty() || count <= 0) {
            return new Tokens(List.of(), 0, 0);
        }
        List<String> tokens = new ArrayList<>(count);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(SERBIA));
        try (Connection c = ScaleSeed.connect(settings)) {
            c.setAutoCommit(false);
            long first = ScaleSeed.reserveIds(c, settings.postgres(), "feedback_invitation_seq", count);
            c.commit();
            try (PreparedStatement invitation = c.prepareStatement("insert into feedback_invitation (id, survey_id, account_id,"
                    + " registration_id, email, language, answered, reminders_sent, invited_at) values (?, ?, null, null, ?, 'sr-Latn', false, 0, ?)");
                 PreparedStatement token = c.prepareStatement("insert into feedback_token (token_hash, invitation_id, issued_at) values (?, ?, ?)")) {
                for (int k = 0; k < count; k++) {
                    long id = first + k;
                    invitation.setLong(1, id);
                    invitation.setLong(2, openSurveys.get(k % openSurveys.size()));
                    invitation.setString(3, "bench-" + run + "-k" + k + "@example.org");
                    invitation.setTimestamp(4, now);
                    invitation.addBatch();
                    String plain = newToken();
                    tokens.add(plain);
                    token.setString(1, hash(plain));
                    token.setLong(2, id);
                    token.setTimestamp(3, now);
                    token.addBatch();
                    if (k % BATCH == BATCH - 1) {
                        invitation.executeBatch();
                        token.executeBatch();
                        c.commit();
                    }
                }
                invitation.executeBatch();
                token.executeBatch();
                c.commit();
            }
            try (PreparedStatement counted = c.prepareStatement("update feedback_survey set invitations = invitations + ? where id = ?")) {
                for (int k = 0; k < openSurveys.size(); k++) {
                    counted.setInt(1, count / openSurveys.size() + (k < count % openSurveys.size() ? 1 : 0));
                    counted.setLong(2, openSurveys.get(k));
                    counted.addBatch();
                }
                counted.executeBatch();
                c.commit();
            }
            if (settings.postgres()) {
                c.setAutoCommit(true);
                try (Statement analyze = c.createStatement()) {
                    analyze.execute("analyze feedback_invitation");
                    analyze.execute("analyze feedback_token");
                }
            }
        }
        return new Tokens(tokens, Math.min(count, openSurveys.size()), (System.nanoTime() - began) / 1e9);
    }

    /** A complete answer to the questionnaire, as a participant sends it: every required question, a text now and then. */
    static String answerBody(List<Question> questions, int k) {
        StringBuilder json = new StringBuilder("{\"answers\":[");
        boolean firstAnswer = true;
        for (Question q : questions) {
            String answer = switch (q.kind()) {
                case "RATING" -> "\"value\":" + (1 + (k + (int) q.id()) % 5);
                case "RECOMMEND" -> "\"value\":" + (k + 3) % 11;
                case "SINGLE", "MULTIPLE" -> q.options().isEmpty() ? null : "\"values\":[" + q.options().get(k % q.options().size()) + "]";
                default -> q.required() || k % 3 == 0 ? "\"text\":\"" + IMPROVE[k % IMPROVE.length] + " (bench " + k + ")\"" : null;
            };
            if (answer == null) {
                continue;
            }
            json.append(firstAnswer ? "" : ",").append("{\"questionId\":").append(q.id()).append(',').append(answer).append('}');
            firstAnswer = false;
        }
        return json.append("]}").toString();
    }

    // --- reference data -------------------------------------------------------------------

    /** The programme with the most trainings (the lowest id of equals): every seeded session is one of its trainings. */
    static long programme(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select programme_id, count(*) from training group by programme_id order by 2 desc, 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("no training in the catalogue (is the app in demo mode?)");
            }
            return rs.getLong(1);
        }
    }

    private static List<Question> questions(Connection c) throws SQLException {
        List<Question> questions = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, kind, measure, required from question where questionnaire_id = " + QUESTIONNAIRE
                     + " order by position");
             PreparedStatement options = c.prepareStatement("select id from question_option where question_id = ? order by position")) {
            while (rs.next()) {
                List<Long> ids = new ArrayList<>();
                options.setLong(1, rs.getLong(1));
                try (ResultSet o = options.executeQuery()) {
                    while (o.next()) {
                        ids.add(o.getLong(1));
                    }
                }
                questions.add(new Question(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), List.copyOf(ids)));
            }
        }
        if (questions.isEmpty()) {
            throw new IllegalStateException("questionnaire " + QUESTIONNAIRE + " has no questions");
        }
        return questions;
    }

    // --- people and sessions --------------------------------------------------------------

    /** Officials who cannot sign in (no password), at home in the in-scope LSGUs round the country, most of them LSGU staff. */
    private void seedPeople(Connection c, long first, List<String> lsgus, String[] homes, String[] languages, LocalDateTime now)
            throws SQLException {
        Timestamp created = Timestamp.valueOf(now.minusYears(1).minusDays(30));
        try (PreparedStatement insert = c.prepareStatement("insert into account (id, username, password_hash, full_name, email, lsgu_code,"
                + " organisation_type, organisation_name, job_title, phone, language, status, failed_logins, locked_until,"
                + " verification_token, process_instance_id, created_at, version)"
                + " values (?, ?, null, ?, ?, ?, ?, null, null, null, ?, 'ACTIVE', 0, null, null, null, ?, 0)");
             PreparedStatement role = c.prepareStatement("insert into account_role (account_id, role) values (?, 'PARTICIPANT')")) {
            for (int p = 0; p < homes.length; p++) {
                homes[p] = lsgus.get(p % lsgus.size());
                languages[p] = p % 6 == 0 ? "sr-Cyrl" : "sr-Latn";
                insert.setLong(1, first + p);
                insert.setString(2, "bench-" + run + "-o" + p);
                insert.setString(3, "Bench Official " + p);
                insert.setString(4, email(p));
                insert.setString(5, homes[p]);
                insert.setString(6, ORGANISATIONS[p % ORGANISATIONS.length]);
                insert.setString(7, languages[p]);
                insert.setTimestamp(8, created);
                insert.addBatch();
                role.setLong(1, first + p);
                role.addBatch();
                if (p % BATCH == BATCH - 1) {
                    insert.executeBatch();
                    role.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            role.executeBatch();
            c.commit();
        }
    }

    private String email(int person) {
        return "bench-" + run + "-o" + person + "@example.org";
    }

    /** Published sessions that have ended, each for its share of the registrations, with its training's audiences. */
    private void seedSessions(Connection c, long first, List<Long> trainings, LocalDateTime[] starts, String[] where, int registrations)
            throws SQLException {
        int sessions = starts.length;
        try (PreparedStatement insert = c.prepareStatement("insert into training_session (id, training_id, lsgu_code, venue, address,"
                + " starts_at, ends_at, registration_deadline, capacity, lsgu_quota, trainers, status, seats_taken, waitlisted,"
                + " waitlist_tickets, proposed_by, reviewed_by, review_comment, cancel_reason, process_instance_id, created_at,"
                + " published_at, cancelled_at, version, lsgu_only)"
                + " values (?, ?, ?, ?, null, ?, ?, ?, ?, null, 'Bench Trainer', 'PUBLISHED', ?, 0, 0, ?, ?, null, null, null, ?, ?, null, 0, false)");
             PreparedStatement audience = c.prepareStatement("insert into session_audience (session_id, audience_type)"
                     + " select ?, audience_type from training_audience where training_id = ?")) {
            for (int s = 0; s < sessions; s++) {
                int size = registrations / sessions + (s < registrations % sessions ? 1 : 0);
                long training = trainings.get(s % trainings.size());
                LocalDateTime start = starts[s];
                insert.setLong(1, first + s);
                insert.setLong(2, training);
                insert.setString(3, where[s]);
                insert.setString(4, "Bench held " + run + "-" + s);
                insert.setTimestamp(5, Timestamp.valueOf(start));
                insert.setTimestamp(6, Timestamp.valueOf(start.plusHours(4)));
                insert.setTimestamp(7, Timestamp.valueOf(start.minusDays(3)));
                insert.setInt(8, size + 5);
                // the seats the confirmed registrations took; attendance does not give them back
                insert.setInt(9, size);
                insert.setString(10, settings.proposer());
                insert.setString(11, settings.reviewer());
                insert.setTimestamp(12, Timestamp.valueOf(start.minusDays(30)));
                insert.setTimestamp(13, Timestamp.valueOf(start.minusDays(25)));
                insert.addBatch();
                audience.setLong(1, first + s);
                audience.setLong(2, training);
                audience.addBatch();
            }
            insert.executeBatch();
            audience.executeBatch();
            c.commit();
        }
    }

    private void registration(PreparedStatement insert, long id, long session, long account, String home, boolean came,
                              LocalDateTime start, LocalDateTime end) throws SQLException {
        Timestamp registered = Timestamp.valueOf(start.minusDays(10));
        Timestamp decided = Timestamp.valueOf(start.minusDays(9));
        insert.setLong(1, id);
        insert.setLong(2, session);
        insert.setLong(3, account);
        insert.setString(4, home);
        insert.setString(5, came ? "ATTENDED" : "NO_SHOW");
        insert.setTimestamp(6, registered);
        insert.setTimestamp(7, registered);
        insert.setString(8, settings.proposer());
        insert.setTimestamp(9, decided);
        insert.setTimestamp(10, decided);
        insert.setString(11, settings.proposer());
        insert.setTimestamp(12, Timestamp.valueOf(end));
        insert.setString(13, came ? certificateCode() : null);
        insert.addBatch();
    }

    private final Set<String> codes = new HashSet<>();

    private String certificateCode() {
        while (true) {
            char[] code = new char[10];
            for (int i = 0; i < code.length; i++) {
                code[i] = CODE_ALPHABET[secure.nextInt(CODE_ALPHABET.length)];
            }
            String text = new String(code);
            if (codes.add(text)) {
                return text;
            }
        }
    }

    // --- feedback ---------------------------------------------------------------------------

    private static void survey(PreparedStatement insert, long id, long session, boolean open, LocalDateTime end, LocalDateTime deadline,
                               long programme, String lsgu, LocalDate heldOn) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, "SESSION:" + session + ":PARTICIPANTS");
        insert.setLong(3, session);
        insert.setLong(4, QUESTIONNAIRE);
        insert.setString(5, open ? "OPEN" : "CLOSED");
        insert.setTimestamp(6, Timestamp.valueOf(end));
        insert.setTimestamp(7, Timestamp.valueOf(deadline));
        if (open) {
            insert.setNull(8, Types.TIMESTAMP);
        } else {
            insert.setTimestamp(8, Timestamp.valueOf(deadline));
        }
        insert.setLong(9, programme);
        insert.setString(10, lsgu);
        insert.setDate(11, java.sql.Date.valueOf(heldOn));
        insert.addBatch();
    }

    /**
     * The counts the app keeps with each invitation and answer (see SurveyTally), as its migration
     * counts them for answers given before it: per survey, then per question and choice.
     */
    private static void tally(Connection c, long firstSurvey, long lastSurvey) throws SQLException {
        String seeded = " between " + firstSurvey + " and " + lastSurvey;
        try (Statement count = c.createStatement()) {
            count.executeUpdate("update feedback_survey set"
                    + " invitations = (select count(*) from feedback_invitation i where i.survey_id = feedback_survey.id),"
                    + " answered_invitations = (select count(*) from feedback_invitation i where i.survey_id = feedback_survey.id and i.answered = true),"
                    + " responses = (select count(*) from feedback_response r where r.survey_id = feedback_survey.id)"
                    + " where id" + seeded);
            count.executeUpdate("insert into feedback_tally (survey_id, question_id, choice, answers)"
                    + " select r.survey_id, a.question_id, coalesce(a.option_id, a.number_value, -1), count(*)"
                    + " from feedback_answer a join feedback_response r on r.id = a.response_id where r.survey_id" + seeded
                    + " group by r.survey_id, a.question_id, coalesce(a.option_id, a.number_value, -1)");
        }
        c.commit();
    }

    private static void invitation(PreparedStatement insert, long id, long survey, long account, long registration, String email,
                                   String language, boolean answered, int reminders, LocalDateTime invited) throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, survey);
        insert.setLong(3, account);
        insert.setLong(4, registration);
        insert.setString(5, email);
        insert.setString(6, language);
        insert.setBoolean(7, answered);
        insert.setInt(8, reminders);
        insert.setTimestamp(9, Timestamp.valueOf(invited));
        insert.addBatch();
    }

    private static void response(PreparedStatement insert, long id, long survey, LocalDate answeredOn, String language) throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, survey);
        insert.setLong(3, QUESTIONNAIRE);
        insert.setDate(4, java.sql.Date.valueOf(answeredOn));
        insert.setString(5, language);
        insert.addBatch();
    }

    /**
     * One participant's values, as {@code AnswerSheet} would write them: a number for each scale
     * (ratings round the session's mood, knowledge up by one or two), the chosen options, a text
     * for one in four (always for a required text).
     */
    private int values(PreparedStatement insert, Counters n, long response, List<Question> questions, int mood, int t) throws SQLException {
        int written = 0;
        for (Question q : questions) {
            switch (q.kind()) {
                case "RATING" -> {
                    int value = "KNOWLEDGE_BEFORE".equals(q.measure()) ? 1 + t % 3
                            : "KNOWLEDGE_AFTER".equals(q.measure()) ? Math.min(5, 2 + t % 3 + (mood >= 4 ? 1 : 0))
                            : Math.max(1, Math.min(5, mood - (t % 4 == 3 ? 1 : 0) + (t % 7 == 6 && mood < 5 ? 1 : 0)));
                    value(insert, n.nextValue++, response, q.id(), null, value, null);
                    written++;
                }
                case "RECOMMEND" -> {
                    value(insert, n.nextValue++, response, q.id(), null, Math.min(10, 4 + mood + t % 3), null);
                    written++;
                }
                case "SINGLE", "MULTIPLE" -> {
                    if (!q.options().isEmpty()) {
                        value(insert, n.nextValue++, response, q.id(), q.options().get(t % q.options().size()), null, null);
                        written++;
                        if ("MULTIPLE".equals(q.kind()) && q.options().size() > 1 && t % 2 == 0) {
                            value(insert, n.nextValue++, response, q.id(), q.options().get((t + 1) % q.options().size()), null, null);
                            written++;
                        }
                    }
                }
                default -> {
                    if (q.required() || t % 4 == 0) {
                        value(insert, n.nextValue++, response, q.id(), null, null, IMPROVE[(t / 4 + mood) % IMPROVE.length]);
                        written++;
                    }
                }
            }
        }
        return written;
    }

    private static void value(PreparedStatement insert, long id, long response, long question, Long option, Integer number, String text)
            throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, response);
        insert.setLong(3, question);
        if (option == null) {
            insert.setNull(4, Types.BIGINT);
        } else {
            insert.setLong(4, option);
        }
        if (number == null) {
            insert.setNull(5, Types.INTEGER);
        } else {
            insert.setInt(5, number);
        }
        insert.setString(6, text);
        insert.addBatch();
    }

    // --- caravan ----------------------------------------------------------------------------

    /**
     * Held caravan events, each on the day and in the LSGU of one of the held sessions (spread over
     * the year), which is its training part, then Digital Corner hours with its share of the
     * taps (one in fifty undone), and the report filed the day after.
     */
    private int seedEvents(Connection c, long firstEvent, long firstPart, long firstTap, int events, int taps, long firstSession,
                           LocalDateTime[] starts, String[] where, int[] present) throws SQLException {
        if (events == 0) {
            return 0;
        }
        int sessions = starts.length;
        long nextTap = firstTap;
        try (PreparedStatement event = c.prepareStatement("insert into caravan_event (id, lsgu_code, event_day, title, description,"
                + " status, cancel_reason, created_by, created_at, report_participants, report_citizens, report_issues,"
                + " report_next_time, report_filed_by, report_filed_at, version, questionnaire_code)"
                + " values (?, ?, ?, ?, null, 'HELD', null, ?, ?, ?, ?, null, null, ?, ?, 0, null)");
             PreparedStatement part = c.prepareStatement("insert into caravan_part (id, event_id, position, kind, title, starts_at,"
                     + " ends_at, venue_id, session_id) values (?, ?, ?, ?, ?, ?, ?, null, ?)");
             PreparedStatement tap = c.prepareStatement("insert into corner_tap (id, event_id, client_tap_id, service, note, age_band,"
                     + " device_help, recorded_by, tapped_at, received_at, undone_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int e = 0; e < events; e++) {
                int s = (int) ((long) e * sessions / events);
                long id = firstEvent + e;
                LocalDateTime start = starts[s];
                LocalDateTime cornerOpens = start.toLocalDate().atTime(14, 30);
                int share = taps / events + (e < taps % events ? 1 : 0);
                int counted = 0;
                long spacing = Math.max(1, 150L * 60 / Math.max(1, share));
                for (int k = 0; k < share; k++) {
                    LocalDateTime at = cornerOpens.plusSeconds(k * spacing);
                    String service = SERVICES[(k + e) % SERVICES.length];
                    boolean undone = k % 50 == 49;
                    tap.setLong(1, nextTap++);
                    tap.setLong(2, id);
                    tap.setString(3, "bench-" + run + "-e" + e + "-" + k);
                    tap.setString(4, service);
                    tap.setString(5, "OTHER".equals(service) ? "Bench: e-Porezi" : null);
                    tap.setString(6, k % 3 == 0 ? null : AGE_BANDS[k % AGE_BANDS.length]);
                    tap.setBoolean(7, k % 4 == 0);
                    tap.setString(8, settings.proposer());
                    tap.setTimestamp(9, Timestamp.valueOf(at));
                    tap.setTimestamp(10, Timestamp.valueOf(at.plusSeconds(2)));
                    if (undone) {
                        tap.setTimestamp(11, Timestamp.valueOf(at.plusSeconds(30)));
                    } else {
                        tap.setNull(11, Types.TIMESTAMP);
                        counted++;
                    }
                    tap.addBatch();
                }
                event.setLong(1, id);
                event.setString(2, where[s]);
                event.setDate(3, java.sql.Date.valueOf(start.toLocalDate()));
                event.setString(4, "Bench caravan " + run + "-" + e);
                event.setString(5, settings.proposer());
                event.setTimestamp(6, Timestamp.valueOf(start.minusDays(40)));
                event.setInt(7, present[s]);
                event.setInt(8, counted);
                event.setString(9, settings.proposer());
                event.setTimestamp(10, Timestamp.valueOf(start.plusDays(1)));
                event.addBatch();
                caravanPart(part, firstPart + 2L * e, id, 0, "TRAINING", "Bench training", start, start.plusHours(4), firstSession + s);
                caravanPart(part, firstPart + 2L * e + 1, id, 1, "DIGITAL_CORNER", "Digitalni kutak", cornerOpens,
                        cornerOpens.plusMinutes(150), null);
                if (e % 50 == 49 || e == events - 1) {
                    event.executeBatch();
                    part.executeBatch();
                    tap.executeBatch();
                    c.commit();
                }
            }
        }
        return events;
    }

    private static void caravanPart(PreparedStatement insert, long id, long event, int position, String kind, String title,
                                    LocalDateTime start, LocalDateTime end, Long session) throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, event);
        insert.setInt(3, position);
        insert.setString(4, kind);
        insert.setString(5, title);
        insert.setTimestamp(6, Timestamp.valueOf(start));
        insert.setTimestamp(7, Timestamp.valueOf(end));
        if (session == null) {
            insert.setNull(8, Types.BIGINT);
        } else {
            insert.setLong(8, session);
        }
        insert.addBatch();
    }

    // --- helpers ----------------------------------------------------------------------------

    /** As FeedbackToken.newToken: 256 random bits, URL-safe Base64 without padding (43 characters). */
    private String newToken() {
        byte[] bytes = new byte[32];
        secure.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** As FeedbackToken.hash: SHA-256 of the token's UTF-8 bytes, lower-case hex (64 characters). */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    private static List<String> texts(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String text(Connection c, String sql) throws SQLException {
        List<String> values = texts(c, sql);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Ids handed out and rows written so far. */
    private static final class Counters {
        long nextRegistration;
        long nextInvitation;
        long nextResponse;
        long nextValue;
        int registrations;
        int attended;
        int certificates;
        int invitations;
        int responses;
        int values;
    }

    /**
     * The per-session statements, executed together every few sessions in the order of their
     * foreign keys (registrations, surveys, invitations, responses, answer values), then committed.
     */
    private static final class Batches implements AutoCloseable {
        private final Connection c;
        final PreparedStatement registration;
        final PreparedStatement survey;
        final PreparedStatement invitation;
        final PreparedStatement response;
        final PreparedStatement value;
        private int pending;

        Batches(Connection c) throws SQLException {
            this.c = c;
            registration = c.prepareStatement("insert into registration (id, session_id, account_id, active_account_id, lsgu_code,"
                    + " status, waitlist_ticket, consent_at, created_at, decided_by, decided_at, reject_reason, confirmed_at,"
                    + " cancelled_by, cancelled_at, cancel_cause, attendance_by, attendance_at, certificate_code, escalated,"
                    + " process_instance_id, version)"
                    + " values (?, ?, ?, null, ?, ?, null, ?, ?, ?, ?, null, ?, null, null, null, ?, ?, ?, false, null, 0)");
            survey = c.prepareStatement("insert into feedback_survey (id, subject, audience, subject_key, session_id, caravan_event_id,"
                    + " workshop_request_id, questionnaire_id, anonymous, status, opened_at, deadline, first_reminder_days,"
                    + " second_reminder_days, public_code, started_by, closed_at, process_instance_id, version, programme_id, lsgu_code, held_on)"
                    + " values (?, 'SESSION', 'PARTICIPANTS', ?, ?, null, null, ?, true, ?, ?, ?, 3, 7, null, 'system', ?, null, 0, ?, ?, ?)");
            invitation = c.prepareStatement("insert into feedback_invitation (id, survey_id, account_id, registration_id, email,"
                    + " language, answered, reminders_sent, invited_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            response = c.prepareStatement("insert into feedback_response (id, survey_id, questionnaire_id, answered_on, language,"
                    + " public_answer, respondent_account_id) values (?, ?, ?, ?, ?, false, null)");
            value = c.prepareStatement("insert into feedback_answer (id, response_id, question_id, option_id, number_value, text_value)"
                    + " values (?, ?, ?, ?, ?, ?)");
        }

        /** After a session: written once some thousands of rows are waiting. */
        void flushIfFull() throws SQLException {
            if (++pending >= 8) {
                flush();
            }
        }

        void flush() throws SQLException {
            registration.executeBatch();
            survey.executeBatch();
            invitation.executeBatch();
            response.executeBatch();
            value.executeBatch();
            c.commit();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            registration.close();
            survey.close();
            invitation.close();
            response.close();
            value.close();
        }
    }
}
