package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// HTTPS from PEM files (design.md, security baseline), in a real hub process; and the rule that
/// plain HTTP is served on loopback only unless the administrator allows it.
class HubTlsTest {

    @Test
    void plainHttpIsRefusedOffLoopbackUnlessAllowed() {
        assertThat(HubServer.refusal(new HubServer.Listen("127.0.0.1", 0, null, null, false))).isNull();
        assertThat(HubServer.refusal(new HubServer.Listen("0.0.0.0", 0, null, null, false))).contains("loopback");
        assertThat(HubServer.refusal(new HubServer.Listen("0.0.0.0", 0, null, null, true))).isNull();
        assertThat(HubServer.refusal(new HubServer.Listen("0.0.0.0", 0, Path.of("c.pem"), Path.of("k.pem"), false))).isNull();
        assertThat(HubServer.refusal(new HubServer.Listen("0.0.0.0", 0, Path.of("c.pem"), null, false))).contains("together");
    }

    @Test
    void theHubServesHttpsWithAPemCertificateAndKey(@TempDir Path dir) throws Exception {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Process openssl;
        try {
            openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", key.toString(), "-out", cert.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException noOpenssl) {
            Assumptions.abort("openssl is not installed: cannot make a test certificate");
            return;
        }
        openssl.getInputStream().readAllBytes();
        assertThat(openssl.waitFor()).isZero();

        int port = HubProcess.freePort();
        Path data = dir.resolve("hub");
        Files.createDirectories(data);
        Process hub = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), "--enable-native-access=ALL-UNNAMED", "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "org.seatdesk.app.Main", "hub", "--data", data.toString(),
                "--port", Integer.toString(port), "--tls-cert", cert.toString(), "--tls-key", key.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("hub.out").toFile()).start();
        try {
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(cert)).connectTimeout(Duration.ofSeconds(2)).build();
            URI health = URI.create("https://localhost:" + port + "/health");
            HttpResponse<String> response = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (response == null && System.nanoTime() < deadline && hub.isAlive()) {
                try {
                    response = https.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertThat(response).as(Files.readString(data.resolve("hub.out"))).isNotNull();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"ok\"");

            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            boolean plainAnswered;
            try {
                plainAnswered = plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (java.io.IOException refused) {
                plainAnswered = false;
            }
            assertThat(plainAnswered).as("no plain HTTP on the TLS port").isFalse();
        } finally {
            hub.destroy();
            hub.waitFor();
        }
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trust.setCertificateEntry("hub", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
