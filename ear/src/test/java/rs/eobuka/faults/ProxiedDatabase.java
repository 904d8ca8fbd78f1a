package rs.eobuka.faults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.h2.tools.Server;
import rs.eobuka.testserver.ServerDatabase;

/**
 * The fault suite's database with a {@link DelayProxy} between it and the server; the test's own
 * connections (invariants, reading what the server wrote) go around the proxy. PostgreSQL is
 * reached through the proxy as it is. H2 runs inside its server's process, so there is no network
 * to slow down: the same file is served over TCP by an H2 server in the test's JVM, and the
 * server connects to that through the proxy.
 */
final class ProxiedDatabase implements ServerDatabase {

    /** The H2 TCP server's port, moved like the suite's other ports. */
    static final int H2_TCP_PORT = 9092 + FaultServer.PORT_OFFSET;

    private final ServerDatabase direct;
    private final DelayProxy proxy;
    private final String serverUrl;
    private final String testUrl;

    private ProxiedDatabase(ServerDatabase direct, DelayProxy proxy, String serverUrl, String testUrl) {
        this.direct = direct;
        this.proxy = proxy;
        this.serverUrl = serverUrl;
        this.testUrl = testUrl;
    }

    /** Puts a proxy in front of the suite's database; on H2, once no server holds the file any more. */
    static ProxiedDatabase of(ServerDatabase direct) throws IOException, SQLException {
        if (direct instanceof Postgres postgres) {
            URI address = URI.create(postgres.url().substring("jdbc:".length()));
            DelayProxy proxy = new DelayProxy(new InetSocketAddress(address.getHost(), address.getPort()));
            String serverUrl = "jdbc:postgresql://127.0.0.1:" + proxy.port() + address.getPath();
            return new ProxiedDatabase(direct, proxy, serverUrl, postgres.url());
        }
        if (direct instanceof H2Shared h2) {
            Server.createTcpServer("-tcpPort", String.valueOf(H2_TCP_PORT), "-ifExists").start();
            DelayProxy proxy = new DelayProxy(new InetSocketAddress("127.0.0.1", H2_TCP_PORT));
            String settings = ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
            return new ProxiedDatabase(direct, proxy, tcpUrl(proxy.port(), h2.file()) + settings,
                    tcpUrl(H2_TCP_PORT, h2.file()) + settings + ";IFEXISTS=TRUE");
        }
        throw new IllegalArgumentException("no proxy for " + direct);
    }

    private static String tcpUrl(int port, Path file) {
        // an absolute path after the server's address: jdbc:h2:tcp://host:port//dir/name
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + file.toAbsolutePath();
    }

    DelayProxy proxy() {
        return proxy;
    }

    @Override
    public String kind() {
        return direct.kind();
    }

    @Override
    public void create() {
        throw new IllegalStateException("the proxied database exists already");
    }

    /** The scripts read the database around the proxy. */
    @Override
    public Map<String, String> scriptEnvironment() {
        return direct.scriptEnvironment();
    }

    @Override
    public List<String> serverArguments() {
        return direct.serverArguments().stream()
                .map(argument -> argument.startsWith("-Deobuka.db.url=") ? "-Deobuka.db.url=" + serverUrl : argument)
                .toList();
    }

    @Override
    public Connection connect() throws SQLException {
        return direct instanceof Postgres postgres
                ? DriverManager.getConnection(testUrl, postgres.user(), postgres.password())
                : DriverManager.getConnection(testUrl, "sa", "sa");
    }

    @Override
    public void assertReleased() throws Exception {
        direct.assertReleased();
    }

    @Override
    public String toString() {
        return direct.kind() + " through a delay proxy on port " + proxy.port();
    }
}
