package dev.keel.bootstrap.e2e;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of PostgreSQL that counts the round trips the service makes, on the wire, from what the
 * client sends: each Sync ('S') ends an extended-protocol exchange the client waits for, and so does a simple
 * Query ('Q') unless the driver pipelines it into the next exchange without waiting (pgjdbc sends BEGIN that
 * way, right before the first statement). Whatever the driver or the transaction manager adds behind the JDBC
 * API (BEGIN, COMMIT, SHOW, SET, a validation query) is counted. It also records the SQL of each statement run: each
 * Query, and each Bind by the SQL its statement was parsed with (a server-prepared statement is parsed only once per
 * connection, then bound by name).
 */
final class WireRoundTrips implements AutoCloseable {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final AtomicInteger roundTrips = new AtomicInteger();
    /**
     * Per connection: a simple query not yet known to be pipelined, whether SSL was asked for, and the SQL of each
     * parsed statement by name (the unnamed one under "").
     */
    private static final class Turn {
        boolean queryPending;
        volatile boolean sslAnswerPending;
        final Map<String, String> parsed = new HashMap<>();
    }
    private final List<String> statements = new ArrayList<>();
    private final Thread acceptor;

    WireRoundTrips(String postgresJdbcUrl) throws IOException {
        URI uri = URI.create(postgresJdbcUrl.substring("jdbc:".length()));
        this.target = new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
        this.server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        this.acceptor = Thread.ofVirtual().start(this::accept);
    }

    /** The JDBC URL of the same database, through this proxy. */
    String jdbcUrl(String postgresJdbcUrl) {
        URI direct = URI.create(postgresJdbcUrl.substring("jdbc:".length()));
        return "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + direct.getRawPath()
                + (direct.getRawQuery() == null ? "" : "?" + direct.getRawQuery());
    }

    void reset() {
        synchronized (statements) {
            roundTrips.set(0);
            statements.clear();
        }
    }

    int roundTrips() {
        return roundTrips.get();
    }

    List<String> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket postgres = new Socket(target.getAddress(), target.getPort());
                client.setTcpNoDelay(true);
                postgres.setTcpNoDelay(true);
                Turn turn = new Turn();
                Thread.ofVirtual().start(() -> forwardAnswers(postgres, client, turn));
                Thread.ofVirtual().start(() -> inspectAndForward(client, postgres, turn));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void inspectAndForward(Socket client, Socket postgres, Turn turn) {
        try (client; postgres) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = postgres.getOutputStream();
            boolean started = false;
            while (true) {
                if (!started) {
                    int length = in.readInt();
                    byte[] body = in.readNBytes(length - 4);
                    int code = ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16) | ((body[2] & 0xff) << 8) | (body[3] & 0xff);
                    started = code != SSL_REQUEST && code != GSS_REQUEST;
                    turn.sslAnswerPending = !started;
                    out.write(intBytes(length));
                    out.write(body);
                    out.flush();
                    continue;
                }
                int type = in.read();
                if (type < 0) {
                    return;
                }
                int length = in.readInt();
                byte[] body = in.readNBytes(length - 4);
                if ((type == 'P' || type == 'B') && turn.queryPending) {
                    roundTrips.decrementAndGet();
                }
                if (type != 'Q') {
                    turn.queryPending = false;
                }
                switch (type) {
                    case 'S' -> roundTrips.incrementAndGet();
                    case 'Q' -> {
                        roundTrips.incrementAndGet();
                        turn.queryPending = true;
                        record(cString(body, 0));
                    }
                    case 'P' -> {
                        String name = cString(body, 0);
                        turn.parsed.put(name, cString(body, utf8Length(name) + 1));
                    }
                    case 'B' -> {
                        String portal = cString(body, 0);
                        record(turn.parsed.getOrDefault(cString(body, utf8Length(portal) + 1), "(unknown statement)"));
                    }
                    default -> {
                    }
                }
                out.write(type);
                out.write(intBytes(length));
                out.write(body);
                if (in.available() == 0) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the connection ended
        }
    }

    private void record(String sql) {
        synchronized (statements) {
            statements.add(sql.isBlank() ? "(empty query)" : sql);
        }
    }

    /** Forwards the server's messages; only the answer to an SSL request is not a typed message. */
    private static void forwardAnswers(Socket postgres, Socket client, Turn turn) {
        try (postgres; client) {
            DataInputStream in = new DataInputStream(postgres.getInputStream());
            OutputStream out = client.getOutputStream();
            while (true) {
                int type = in.read();
                if (type < 0) {
                    return;
                }
                if (turn.sslAnswerPending) {
                    turn.sslAnswerPending = false;
                    out.write(type);
                    out.flush();
                    continue;
                }
                int length = in.readInt();
                byte[] body = in.readNBytes(length - 4);
                out.write(type);
                out.write(intBytes(length));
                out.write(body);
                if (in.available() == 0) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the connection ended
        }
    }

    private static String cString(byte[] body, int offset) {
        int end = offset;
        while (end < body.length && body[end] != 0) {
            end++;
        }
        return new String(body, offset, end - offset, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int utf8Length(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static byte[] intBytes(int value) {
        return new byte[]{(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}
