package org.seatdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/// A real `seatdesk hub --demo` process for the hub benchmarks (ADR 0019): its own JVM with its
/// own options (the bench command runs under the console's 160 MB cap), on the bench's data
/// folder or on a PostgreSQL URL, so the figures are those of the hub an administrator runs and
/// its processor time can be read apart from the clients'.
final class BenchHub implements AutoCloseable {

    private final List<String> command;
    private final Path output;
    final URI base;
    private Process process;

    private BenchHub(List<String> command, Path output, URI base) {
        this.command = command;
        this.output = output;
        this.base = base;
    }

    /// Starts the hub and returns once `/health` answers.
    /// @param db null for H2 in `dataDir`, or a PostgreSQL JDBC URL
    /// @param jvmOptions the hub JVM's options (e.g. `-Xmx1g`)
    /// @param hubJar null for this jar's hub, or another build's jar (to compare two versions of the hub)
    static BenchHub start(Path dataDir, String db, List<String> jvmOptions, Path hubJar) throws IOException, InterruptedException {
        int port = freePort();
        String classPath = hubJar == null ? System.getProperty("java.class.path") : hubJar.toAbsolutePath().toString();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", classPath, "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("org.seatdesk.app.Main", "hub", "--data", dataDir.toString(), "--port",
                Integer.toString(port), "--demo"));
        if (db != null) {
            command.addAll(List.of("--db", db));
        }
        Files.createDirectories(dataDir);
        BenchHub hub = new BenchHub(command, dataDir.resolve("hub.out"), URI.create("http://127.0.0.1:" + port));
        hub.restart();
        return hub;
    }

    /// (Re)starts the same hub on the same port and data; returns once `/health` answers.
    void restart() throws IOException, InterruptedException {
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        awaitHealthy(Duration.ofSeconds(120));
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the hub exited with " + process.exitValue() + "; see " + output);
                }
                try {
                    if (http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
        }
        stop();
        throw new IllegalStateException("the hub did not answer /health within " + timeout + "; see " + output);
    }

    long pid() {
        return process.pid();
    }

    /// Processor time (user + system) the hub process has used so far, in seconds.
    double cpuSeconds() {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /// Stops the hub (SIGTERM: its shutdown hook closes the database) and waits for it.
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(Duration.ofSeconds(30))) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
