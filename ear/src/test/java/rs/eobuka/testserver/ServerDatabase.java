package rs.eobuka.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * A test server's own database: an H2 file, or a PostgreSQL database of its own next to
 * {@code it.db.url}'s (with {@code it.db.driver=postgresql}), created empty for each run.
 */
public interface ServerDatabase {

    /**
     * The server's default H2 URL (wildfly-config/datasource.cli) under a home of its own in
     * {@code work}, or a PostgreSQL database named after {@code it.db.url}'s plus {@code suffix}.
     */
    static ServerDatabase defaultUrlOr(Path work, String suffix) {
        if (isPostgres()) {
            return new Postgres(System.getProperty("it.db.url") + suffix, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
        }
        return new H2Home(work.resolve("home"));
    }

    /**
     * An H2 file in {@code directory} that the test reads while the server holds it, or the
     * PostgreSQL database {@code name} on {@code it.db.url}'s server.
     */
    static ServerDatabase shared(Path directory, String name) {
        if (isPostgres()) {
            String url = System.getProperty("it.db.url");
            return new Postgres(url.substring(0, url.lastIndexOf('/') + 1) + name, System.getProperty("it.db.user"),
                    System.getProperty("it.db.password"));
        }
        return new H2Shared(directory.resolve(name));
    }

    static boolean isPostgres() {
        return "postgresql".equals(System.getProperty("it.db.driver"));
    }

    /** {@code h2} or {@code postgresql}. */
    String kind();

    void create() throws SQLException;

    List<String> serverArguments();

    /** A connection of the test's own, for reading what the server wrote. */
    Connection connect() throws SQLException;

    /** Fails while a (stopped) server still holds the database. */
    void assertReleased() throws Exception;

    /** The variables that name this database to the server's scripts ({@code EOBUKA_DB_*}, as to the server). */
    Map<String, String> scriptEnvironment();

    /** The server's default URL (wildfly-config/datasource.cli), under {@code user.home}. */
    record H2Home(Path home) implements ServerDatabase {

        @Override
        public String kind() {
            return "h2";
        }

        @Override
        public void create() {
        }

        @Override
        public List<String> serverArguments() {
            return List.of("-Duser.home=" + home);
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:h2:file:" + home.resolve(".eobuka/data/eobuka") + ";IFEXISTS=TRUE", "sa", "sa");
        }

        @Override
        public Map<String, String> scriptEnvironment() {
            return Map.of("HOME", home.toString());
        }

        @Override
        public void assertReleased() throws SQLException {
            // H2 locks its file while a process has it open; opening it here fails until then
            try (Connection connection = connect()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    /**
     * The default URL's settings on a file of the test's choosing, with {@code AUTO_SERVER}: the
     * first process to open it serves it to the others, so the test reads it while the server runs.
     */
    record H2Shared(Path file) implements ServerDatabase {

        @Override
        public String kind() {
            return "h2";
        }

        @Override
        public void create() {
        }

        private String url() {
            return "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
        }

        @Override
        public List<String> serverArguments() {
            return List.of("-Deobuka.db.url=" + url());
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url() + ";IFEXISTS=TRUE", "sa", "sa");
        }

        @Override
        public Map<String, String> scriptEnvironment() {
            return Map.of("EOBUKA_DB_URL", url());
        }

        @Override
        public void assertReleased() throws SQLException {
            try (Connection connection = connect()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    record Postgres(String url, String user, String password) implements ServerDatabase {

        @Override
        public String kind() {
            return "postgresql";
        }

        private String name() {
            return url.substring(url.lastIndexOf('/') + 1);
        }

        @Override
        public void create() throws SQLException {
            try (Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + name());
            }
        }

        @Override
        public List<String> serverArguments() {
            return List.of("-Deobuka.db.url=" + url, "-Deobuka.db.driver=postgresql", "-Deobuka.db.user=" + user,
                    "-Deobuka.db.password=" + password);
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Map<String, String> scriptEnvironment() {
            return Map.of("EOBUKA_DB_DRIVER", "postgresql", "EOBUKA_DB_URL", url, "EOBUKA_DB_USER", user, "EOBUKA_DB_PASSWORD", password);
        }

        @Override
        public void assertReleased() throws Exception {
            // the server's connections close with its process
            try (Connection connection = connect();
                 Statement statement = connection.createStatement()) {
                long others = Long.MAX_VALUE;
                for (int i = 0; i < 50 && others > 0; i++) {
                    try (ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity where datname = '" + name()
                            + "' and pid <> pg_backend_pid()")) {
                        rows.next();
                        others = rows.getLong(1);
                    }
                    if (others > 0) {
                        Thread.sleep(100);
                    }
                }
                assertThat(others).as("connections of the stopped server").isZero();
            }
        }
    }
}
