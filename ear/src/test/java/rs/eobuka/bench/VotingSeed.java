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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Fills two competitions of the real campaign, created over the API, by JDBC in batches:
 * <ul>
 * <li>the <b>finished</b> one as a campaign's competition stands after its results are published:
 *     {@code bench.vote.entries} (5,000) published entries in its two categories, from the
 *     campaign's municipalities of each category's track, {@code bench.vote.votes} (500,000)
 *     confirmed votes spread over them, every entry ranked in {@code competition_result}, its
 *     windows moved into the past and its results approved: what the gallery and the results page read;</li>
 * <li>the <b>running</b> one, in its vote window: a few hundred published entries to vote for, and
 *     {@code bench.vote.tokens} vote requests as a cast writes them (a voter's salted hash, the
 *     token's SHA-256), whose plain tokens only the harness keeps, for the load's confirmations.</li>
 * </ul>
 * No process runs for the seeded entries and nobody is mailed. Ids come from the application's
 * sequences ({@link ScaleSeed#reserveIds}), so the application must be idle while this runs.
 */
final class VotingSeed {

    private static final int BATCH = 5_000;
    static final int RUNNING_ENTRIES = 200;

    /** What the seed wrote: the entries of both competitions, the votes, and the plain tokens of the running one's requests. */
    record Result(int entries, int votes, int runningEntries, List<Long> runningEntryIds, List<String> tokens, double seconds) {
    }

    private final BenchSettings settings;
    private final SecureRandom random = new SecureRandom();

    VotingSeed(BenchSettings settings) {
        this.settings = settings;
    }

    Result run(long finished, long running) throws Exception {
        long began = System.nanoTime();
        try (Connection c = ScaleSeed.connect(settings)) {
            c.setAutoCommit(false);
            int entries = settings.voteEntries();
            List<Long> finishedEntries = entries(c, finished, entries);
            long[] categories = categories(c, finished);
            int votes = votes(c, finished, categories, finishedEntries, settings.voteVotes());
            rank(c, finished, categories);
            try (PreparedStatement close = c.prepareStatement("update competition set entry_opens = ?, entry_closes = ?, jury_deadline = ?,"
                    + " vote_opens = ?, vote_closes = ?, results_status = 'APPROVED', results_proposed_by = 'organizer',"
                    + " results_approved_by = 'coordinator' where id = ?")) {
                LocalDateTime now = LocalDateTime.now(ImpactSeed.SERBIA);
                close.setTimestamp(1, Timestamp.valueOf(now.minusDays(120)));
                close.setTimestamp(2, Timestamp.valueOf(now.minusDays(60)));
                close.setTimestamp(3, Timestamp.valueOf(now.minusDays(40)));
                close.setTimestamp(4, Timestamp.valueOf(now.minusDays(60)));
                close.setTimestamp(5, Timestamp.valueOf(now.minusDays(30)));
                close.setLong(6, finished);
                close.executeUpdate();
            }
            c.commit();
            List<Long> runningEntries = entries(c, running, RUNNING_ENTRIES);
            List<String> tokens = requests(c, running, runningEntries, settings.voteTokens());
            c.commit();
            return new Result(entries, votes, runningEntries.size(), runningEntries, tokens, (System.nanoTime() - began) / 1e9);
        }
    }

    /** Published entries, alternately in the competition's two categories, each from a municipality of its category's track. */
    private List<Long> entries(Connection c, long competition, int count) throws SQLException {
        long[] categories = categories(c, competition);
        List<List<String>> lsgus = new ArrayList<>();
        for (long category : categories) {
            List<String> codes = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select l.lsgu_code from campaign_lsgu l join competition p on p.campaign_id = l.campaign_id"
                    + " join competition_category k on k.competition_id = p.id and k.track = l.track where k.id = ? order by l.lsgu_code")) {
                q.setLong(1, category);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        codes.add(rs.getString(1));
                    }
                }
            }
            lsgus.add(codes);
        }
        long first = ScaleSeed.reserveIds(c, settings.postgres(), "competition_entry_seq", count);
        List<Long> ids = new ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ImpactSeed.SERBIA));
        try (PreparedStatement insert = c.prepareStatement("insert into competition_entry (id, competition_id, category_id, lsgu_code,"
                + " entrant_name, email, language, title, description, links, status, submitted_at, confirmed_at, moderated_at, moderated_by,"
                + " jury_score, jury_scorers, version) values (?, ?, ?, ?, ?, ?, 'sr-Latn', ?, ?, null, 'PUBLISHED', ?, ?, ?, 'organizer', ?, 3, 0)")) {
            for (int i = 0; i < count; i++) {
                long id = first + i;
                int k = i % categories.length;
                List<String> codes = lsgus.get(k);
                insert.setLong(1, id);
                insert.setLong(2, competition);
                insert.setLong(3, categories[k]);
                insert.setString(4, codes.get(i % codes.size()));
                insert.setString(5, "Građanka " + id);
                insert.setString(6, "prijava" + id + "@example.rs");
                insert.setString(7, (k == 0 ? "Moja e-usluga " : "Otvoreni podaci ") + id);
                insert.setString(8, "Kako sam preko portala eUprava završila posao bez šaltera, prijava " + id + ".");
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.setTimestamp(11, now);
                insert.setBigDecimal(12, java.math.BigDecimal.valueOf(10 + random.nextInt(91), 1));
                insert.addBatch();
                ids.add(id);
                if (ids.size() % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return ids;
    }

    /** Confirmed votes, a different voter each, spread over the entries with some far more popular than others. */
    private int votes(Connection c, long competition, long[] categories, List<Long> entries, int count) throws SQLException {
        long first = ScaleSeed.reserveIds(c, settings.postgres(), "competition_vote_seq", count);
        Timestamp when = Timestamp.valueOf(LocalDateTime.now(ImpactSeed.SERBIA).minusDays(35));
        try (PreparedStatement insert = c.prepareStatement("insert into competition_vote (id, competition_id, category_id, entry_id,"
                + " voter_hash, confirmed_at) values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                // entries alternate between the categories; within one, squared: a long tail, as a public vote has
                int category = i % categories.length;
                int index = (int) (Math.pow(random.nextDouble(), 2) * (entries.size() / categories.length)) * categories.length + category;
                if (index >= entries.size()) {
                    index -= categories.length;
                }
                insert.setLong(1, first + i);
                insert.setLong(2, competition);
                insert.setLong(3, categories[i % categories.length]);
                insert.setLong(4, entries.get(index));
                insert.setString(5, hex(32));
                insert.setTimestamp(6, when);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    /** Every entry ranked per category as the application ranks (70% jury, 30% share of votes), in SQL. */
    private void rank(Connection c, long competition, long[] categories) throws SQLException {
        for (long category : categories) {
            List<long[]> rows = new ArrayList<>();
            List<java.math.BigDecimal> jury = new ArrayList<>();
            long total = 0;
            try (PreparedStatement q = c.prepareStatement("select e.id, e.jury_score, (select count(*) from competition_vote v where v.entry_id = e.id)"
                    + " from competition_entry e where e.category_id = ?")) {
                q.setLong(1, category);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new long[] {rs.getLong(1), rs.getLong(3)});
                        jury.add(rs.getBigDecimal(2));
                        total += rs.getLong(3);
                    }
                }
            }
            List<Object[]> ranked = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                double share = total == 0 ? 0 : (double) rows.get(i)[1] / total;
                double score = 0.7 * jury.get(i).doubleValue() / 10 + 0.3 * share;
                ranked.add(new Object[] {rows.get(i)[0], jury.get(i), rows.get(i)[1], share, score});
            }
            ranked.sort((a, b) -> Double.compare((double) b[4], (double) a[4]));
            try (PreparedStatement insert = c.prepareStatement("insert into competition_result (competition_id, category_id, entry_id, position,"
                    + " jury_score, votes, vote_share, final_score) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int position = 1;
                for (Object[] r : ranked) {
                    insert.setLong(1, competition);
                    insert.setLong(2, category);
                    insert.setLong(3, (Long) r[0]);
                    insert.setInt(4, position++);
                    insert.setBigDecimal(5, (java.math.BigDecimal) r[1]);
                    insert.setLong(6, (Long) r[2]);
                    insert.setBigDecimal(7, java.math.BigDecimal.valueOf((Double) r[3]).setScale(6, java.math.RoundingMode.HALF_UP));
                    insert.setBigDecimal(8, java.math.BigDecimal.valueOf((Double) r[4]).setScale(6, java.math.RoundingMode.HALF_UP));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** Vote requests as a cast writes them, for the running competition's entries; the plain tokens returned. */
    private List<String> requests(Connection c, long competition, List<Long> entries, int count) throws SQLException {
        long[] categories = categories(c, competition);
        List<String> tokens = new ArrayList<>(count);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ImpactSeed.SERBIA));
        try (PreparedStatement insert = c.prepareStatement("insert into competition_vote_request (token_hash, competition_id, category_id,"
                + " entry_id, voter_hash, cast_at) values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String token = token();
                int index = random.nextInt(entries.size());
                insert.setString(1, sha256(token));
                insert.setLong(2, competition);
                insert.setLong(3, categories[index % categories.length]);
                insert.setLong(4, entries.get(index));
                insert.setString(5, hex(32));
                insert.setTimestamp(6, now);
                insert.addBatch();
                tokens.add(token);
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return tokens;
    }

    /** The competition's categories in their order (the entries alternate between them). */
    static long[] categories(Connection c, long competition) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select id from competition_category where competition_id = ? order by position")) {
            q.setLong(1, competition);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
