package org.seatdesk.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/// An in-JVM TCP proxy between seats and a hub that injects network faults (stack.md: no
/// Toxiproxy or netem on these machines). It works on bytes, below HTTP, as a network would:
/// - `cut()` drops every open connection and refuses new ones until `heal()`;
/// - `delay(d)` holds every chunk the hub sends for `d` (a slow link; longer than the seat's
///   timeout, an answer that never arrives);
/// - `cutNextPushRequest(hook)` lets the next `POST /api/v1/push` through only up to half of its
///   body, runs `hook` (say, `kill -9` of the hub) and drops the connection: the hub never
///   received the whole batch;
/// - `dropNextPushAnswer(hook)` waits for the hub's answer to the next push — sent only after its
///   commit is durable (hub-api.md) — runs `hook` and drops the connection instead of passing
///   the answer on: applied at the hub, never answered at the seat;
/// - `failPushesContaining(marker)` answers every push whose body holds `marker` with the hub's 500
///   (`internal`) without passing it on: an operation the hub fails on, as a record it cannot
///   read back made it (issue "The console on a real desk").
final class FaultProxy implements AutoCloseable {

    private static final byte[] PUSH = "POST /api/v1/push".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final int targetPort;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Runnable> cutPushRequest = new AtomicReference<>();
    private final AtomicReference<Runnable> dropPushAnswer = new AtomicReference<>();
    private volatile boolean cut;
    private volatile long delayMillis;
    private volatile byte[] failMarker;
    /// Pushes answered 500 by `failPushesContaining`.
    final AtomicInteger failedPushes = new AtomicInteger();
    /// How many push answers were dropped and push requests cut: a test checks its fault happened.
    final AtomicInteger droppedAnswers = new AtomicInteger();
    final AtomicInteger cutRequests = new AtomicInteger();

    FaultProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("fault-proxy-accept").start(this::accept);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    void cut() {
        cut = true;
        links.forEach(Link::close);
    }

    void heal() {
        cut = false;
    }

    void delay(Duration delay) {
        delayMillis = delay.toMillis();
    }

    void cutNextPushRequest(Runnable beforeCut) {
        cutPushRequest.set(beforeCut);
    }

    void failPushesContaining(String marker) {
        failMarker = marker == null ? null : marker.getBytes(StandardCharsets.UTF_8);
    }

    void dropNextPushAnswer(Runnable beforeDrop) {
        dropPushAnswer.set(beforeDrop);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                Socket hub = new Socket();
                try {
                    hub.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 2000);
                } catch (IOException hubDown) {
                    client.close(); // as the hub itself would refuse: the seat sees a failed connection
                    hub.close();
                    continue;
                }
                Link link = new Link(client, hub);
                links.add(link);
                Thread.ofVirtual().start(link::requests);
                Thread.ofVirtual().start(link::answers);
            } catch (IOException e) {
                // closed, or one connection failed: keep accepting until closed
            }
        }
    }

    /// One seat connection and its hub connection.
    private final class Link {
        final Socket client;
        final Socket hub;
        volatile boolean pushInFlight;

        Link(Socket client, Socket hub) {
            this.client = client;
            this.hub = hub;
        }

        /// Seat → hub.
        void requests() {
            byte[] buf = new byte[64 * 1024];
            Runnable cutHook = null;
            boolean inBody = false;
            try (InputStream in = client.getInputStream(); OutputStream out = hub.getOutputStream()) {
                for (int n = in.read(buf); n >= 0 && !cut; n = in.read(buf)) {
                    int from = 0;
                    byte[] marker = failMarker;
                    if (marker != null && startsWith(buf, n, PUSH)) {
                        byte[] request = wholeRequest(in, buf, n);
                        if (indexOf(request, request.length, marker) >= 0) {
                            failedPushes.incrementAndGet();
                            byte[] body = "{\"error\":\"internal\",\"message\":\"the hub could not complete the request\"}"
                                    .getBytes(StandardCharsets.UTF_8);
                            OutputStream back = client.getOutputStream();
                            back.write(("HTTP/1.1 500 Server Error\r\nContent-Type: application/json\r\nContent-Length: "
                                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                            back.write(body);
                            back.flush();
                            close();
                            return;
                        }
                        out.write(request);
                        out.flush();
                        continue;
                    }
                    if (startsWith(buf, n, PUSH)) {
                        pushInFlight = true;
                        cutHook = cutPushRequest.getAndSet(null);
                        int headersEnd = indexOf(buf, n, HEADERS_END);
                        inBody = headersEnd >= 0;
                        from = headersEnd >= 0 ? headersEnd + HEADERS_END.length : n;
                    } else if (cutHook != null && !inBody) {
                        int headersEnd = indexOf(buf, n, HEADERS_END);
                        inBody = headersEnd >= 0;
                        from = headersEnd >= 0 ? headersEnd + HEADERS_END.length : n;
                    }
                    if (cutHook != null && inBody && n > from) {
                        out.write(buf, 0, from + (n - from) / 2);
                        out.flush();
                        cutRequests.incrementAndGet();
                        cutHook.run();
                        close();
                        return;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            }
            close();
        }

        /// Hub → seat.
        void answers() {
            byte[] buf = new byte[64 * 1024];
            try (InputStream in = hub.getInputStream(); OutputStream out = client.getOutputStream()) {
                for (int n = in.read(buf); n >= 0 && !cut; n = in.read(buf)) {
                    if (pushInFlight) {
                        pushInFlight = false;
                        Runnable hook = dropPushAnswer.getAndSet(null);
                        if (hook != null) {
                            droppedAnswers.incrementAndGet();
                            hook.run();
                            close();
                            return;
                        }
                    }
                    long delay = delayMillis;
                    if (delay > 0) {
                        Thread.sleep(delay);
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            close();
        }

        void close() {
            links.remove(this);
            closeQuietly(client);
            closeQuietly(hub);
        }
    }

    /// The request whose first `n` bytes are in `buf`, read on to the end of its body (Content-Length).
    private static byte[] wholeRequest(InputStream in, byte[] buf, int n) throws IOException {
        java.io.ByteArrayOutputStream request = new java.io.ByteArrayOutputStream();
        request.write(buf, 0, n);
        int headersEnd;
        while ((headersEnd = indexOf(request.toByteArray(), request.size(), HEADERS_END)) < 0) {
            int more = in.read(buf);
            if (more < 0) {
                return request.toByteArray();
            }
            request.write(buf, 0, more);
        }
        String headers = new String(request.toByteArray(), 0, headersEnd, StandardCharsets.US_ASCII).toLowerCase(java.util.Locale.ROOT);
        int at = headers.indexOf("content-length:");
        long length = at < 0 ? 0 : Long.parseLong(headers.substring(at + 15, headers.indexOf('\r', at) < 0 ? headers.length()
                : headers.indexOf('\r', at)).strip());
        while (request.size() < headersEnd + HEADERS_END.length + length) {
            int more = in.read(buf);
            if (more < 0) {
                break;
            }
            request.write(buf, 0, more);
        }
        return request.toByteArray();
    }

    private static boolean startsWith(byte[] buf, int n, byte[] prefix) {
        if (n < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buf[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] buf, int n, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= n; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (buf[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        cut = true;
        server.close();
        links.forEach(Link::close);
    }
}
