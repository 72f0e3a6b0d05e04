package org.seatdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatdesk.sync.HubWire.Change;

/// The client's mapping of the hub API, against {@link ContractStubHub}: a stand-in server until
/// the real hub lands, when these run against the hub process as well.
class HubClientTest {

    private static final HubCredentials AGENT = new HubCredentials("A001", "demo", "S07");

    private ContractStubHub hub;
    private HubClient client;

    @BeforeEach
    void start() throws IOException {
        hub = ContractStubHub.start(new ContractStubHub.State());
        client = new HubClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), hub.uri(),
                Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void loginReturnsTheTokenAndTheHubsTime() {
        Instant hubTime = Instant.parse("2026-11-22T02:00:00Z");
        hub.serverTime = hubTime;

        HubWire.LoginAnswer answer = client.login(AGENT);

        assertThat(answer.token()).isNotBlank();
        assertThat(answer.serverTime()).isEqualTo(hubTime);
        assertThat(client.loggedIn()).isTrue();
    }

    @Test
    void aWrongPasswordIsBadCredentialsWithTheHubsSentence() {
        assertThatThrownBy(() -> client.login(new HubCredentials("A001", "wrong", "S07")))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("bad_credentials");
                    assertThat(e.getMessage()).contains("staff ID or password is wrong");
                    assertThat(e.isTransient()).isFalse();
                });
    }

    @Test
    void anExpiredTokenLogsInAgainOnceAndRepeatsTheCall() {
        client.login(AGENT);
        hub.expireTokens();

        HubWire.ChangePage page = client.changes(0, 10);

        assertThat(page.changes()).isEmpty();
        assertThat(hub.state().loginRequests.get()).isEqualTo(2);
    }

    @Test
    void aTokenRefusedAgainAfterTheReloginIsAnError() {
        client.login(AGENT);
        hub.expireTokens();
        hub.state().passwords.put("A001", "changed-meanwhile");

        assertThatThrownBy(() -> client.changes(0, 10))
                .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.code()).isEqualTo("bad_credentials"));
        assertThat(hub.state().loginRequests.get()).isEqualTo(2);
    }

    @Test
    void anOversizePageIsAClientErrorWithCodeAndMessage() {
        client.login(AGENT);

        assertThatThrownBy(() -> client.changes(0, 5000))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("page_too_large");
                    assertThat(e.getMessage()).contains("was 5000");
                });
    }

    @Test
    void throttlingCarriesRetryAfter() {
        hub.retryAfterSeconds = "7";
        hub.failNextRequestCode = "throttled";
        hub.failNextRequestsWith = 429;

        assertThatThrownBy(() -> client.login(AGENT))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.code()).isEqualTo("throttled");
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
                    assertThat(e.isTransient()).isTrue();
                });
    }

    @Test
    void aHubThatIsGoneIsUnreachableNotAnAnswer() {
        client.login(AGENT);
        hub.stop();

        assertThatThrownBy(() -> client.changes(0, 10)).isInstanceOf(HubUnreachableException.class);
    }

    @Test
    void pushAnswersEachOperationInOrder() {
        client.login(AGENT);
        OutboxOperation good = new OutboxOperation(UUID.randomUUID(), "call_record", UUID.randomUUID(),
                OutboxOperation.Kind.CREATE, 0, "{}", Instant.now());
        OutboxOperation unknown = new OutboxOperation(UUID.randomUUID(), "roster", UUID.randomUUID(),
                OutboxOperation.Kind.UPDATE, 1, "{}", Instant.now());

        List<HubWire.PushResult> results = client.push(List.of(good, unknown, good)).results();

        assertThat(results).extracting(HubWire.PushResult::status).containsExactly("accepted", "rejected", "duplicate");
        assertThat(results.get(1).reason()).isEqualTo("unknown_operation");
        assertThat(results.get(2).seq()).isEqualTo(results.get(0).seq());
    }

    @Test
    void theEventStreamDeliversChangesAndHeartbeatsUntilClosed() throws InterruptedException {
        client.login(AGENT);
        hub.heartbeatMillis = 50;
        List<Change> changes = new CopyOnWriteArrayList<>();
        CountDownLatch twoChanges = new CountDownLatch(2);
        CountDownLatch heartbeat = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        hub.publish("call_record", UUID.randomUUID(), "CREATE", 1, Payloads.tree("{}"));

        EventStream stream = client.events(0, new EventStream.Listener() {
            @Override
            public void change(Change change) {
                changes.add(change);
                twoChanges.countDown();
            }

            @Override
            public void heartbeat() {
                heartbeat.countDown();
            }

            @Override
            public void catchup() {
            }

            @Override
            public void ended(RuntimeException error) {
                ended.countDown();
            }
        });
        hub.publish("call_record", UUID.randomUUID(), "CREATE", 1, Payloads.tree("{}"));

        assertThat(twoChanges.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(heartbeat.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(changes).extracting(Change::seq).containsExactly(1L, 2L);
        stream.close();
        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.isOpen()).isFalse();
    }
}
