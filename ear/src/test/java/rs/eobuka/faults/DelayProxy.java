package rs.eobuka.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on the loopback interface that holds every chunk of bytes for half the configured
 * round-trip delay in each direction, so that each request a database client sends and waits for
 * costs that much more: the network of a database that is far away or overloaded. Latency only:
 * chunks are read as they come and each leaves when its time is up, so a client that sends
 * several statements without waiting (a JDBC batch) pays the delay once, not per statement. The
 * delay can change while connections are open; it applies to the bytes read after the change.
 */
final class DelayProxy implements AutoCloseable {

    private static final int CHUNK = 64 * 1024;
    /** Marks the end of one direction's stream in its queue. */
    private static final Chunk END = new Chunk(new byte[0], 0);

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final AtomicLong halfDelayNanos = new AtomicLong();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    private record Chunk(byte[] bytes, long dueNanos) {
    }

    /** Listens on a free port of 127.0.0.1 and forwards every connection to {@code target}, with no delay yet. */
    DelayProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "delay-proxy-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections accepted so far. */
    long connections() {
        return connections.get();
    }

    /**
     * Chunks the clients have sent so far: about one per round trip, since a database client
     * sends a request and waits for its answer.
     */
    long requests() {
        return requests.get();
    }

    /** The delay added to each round trip from now on: half of it on the way there, half on the way back. */
    void roundTripDelay(Duration delay) {
        halfDelayNanos.set(delay.toNanos() / 2);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                try {
                    server.connect(target, 5000);
                } catch (IOException refused) {
                    client.close();
                    continue;
                }
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                connections.incrementAndGet();
                pipe(client, server, "up", requests);
                pipe(server, client, "down", new AtomicLong());
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    System.err.println("[delay-proxy] " + e);
                }
            }
        }
    }

    /** One direction: a reader that stamps each chunk with its due time, a writer that sends it then. */
    private void pipe(Socket from, Socket to, String direction, AtomicLong chunks) {
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(from, queue, chunks), "delay-proxy-" + direction + "-read");
        Thread writer = new Thread(() -> write(queue, from, to), "delay-proxy-" + direction + "-write");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    private void read(Socket from, BlockingQueue<Chunk> queue, AtomicLong chunks) {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = from.getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                queue.add(new Chunk(Arrays.copyOf(buffer, n), System.nanoTime() + halfDelayNanos.get()));
                chunks.incrementAndGet();
            }
        } catch (IOException e) {
            // the other side went away, or the proxy closed: the writer ends the stream
        } finally {
            queue.add(END);
        }
    }

    private void write(BlockingQueue<Chunk> queue, Socket from, Socket to) {
        try {
            OutputStream out = to.getOutputStream();
            for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
                long wait = chunk.dueNanos() - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                out.write(chunk.bytes());
                out.flush();
            }
        } catch (IOException e) {
            // the other side went away: the connection ends in both directions
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // database protocols never half-close: one side's end is the connection's
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing after a failure: nothing more to do
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(this::closeQuietly);
    }
}
