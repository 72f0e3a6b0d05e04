package org.seatdesk.hub;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/// A real hub: `java … org.seatdesk.app.Main hub --data DIR --port P …` in its own process, on the
/// test class path, ready once `/health` answers. Output goes to `hub.out` in DIR.
public final class HubProcess implements AutoCloseable {

    private final Process process;
    private final Path output;
    public final URI base;

    private HubProcess(Process process, Path output, URI base) {
        this.process = process;
        this.output = output;
        this.base = base;
    }

    public static HubProcess start(Path dataDir, String... extraArgs) throws IOException, InterruptedException {
        return start(dataDir, freePort(), extraArgs);
    }

    /// On a given port: a hub restarted where its seats expect it.
    static HubProcess start(Path dataDir, int port, String... extraArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-Xmx384m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "org.seatdesk.app.Main", "hub", "--data", dataDir.toString(), "--port", Integer.toString(port)));
        command.addAll(List.of(extraArgs));
        Files.createDirectories(dataDir);
        Path output = dataDir.resolve("hub.out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start(); // a restart keeps the log of the run before
        HubProcess hub = new HubProcess(process, output, URI.create("http://127.0.0.1:" + port));
        hub.awaitHealthy(Duration.ofSeconds(40));
        return hub;
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the hub exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("the hub did not become healthy within " + timeout + ":\n" + output());
    }

    public String output() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /// `kill -9`: no shutdown hook, no clean close of the database.
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(15))) {
            process.destroyForcibly().waitFor();
        }
    }
}
