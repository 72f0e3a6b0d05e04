package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.roster.Decision;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.rules.LeaveRules;
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.Outcome;
import org.seatdesk.roster.RequestKind;
import org.seatdesk.roster.RequestService;
import org.seatdesk.roster.RequestStatus;
import org.seatdesk.roster.RequestSummary;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.Verdict;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.security.Staff;
import org.seatdesk.store.Database;
import org.seatdesk.store.DbExecutor;
import org.seatdesk.store.DemoDataWriter;
import org.seatdesk.store.JooqOutboxRepository;
import org.seatdesk.store.JooqRosterRecords;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubClock;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;

/// Leave through a real hub process: asked at an agent's seat, it reaches the department
/// director's inbox on another console, and the decision comes back to the seat (R-LV-2). The hub
/// refuses a decision by someone without the authority, whatever the seat let through.
class RosterSyncWithHubProcessTest {

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    /// A console on its own H2 file with the demo's people and roster, syncing as `staffNo`.
    private final class Console implements AutoCloseable {
        final Database db;
        final DbExecutor executor = new DbExecutor();
        final JooqRosterRecords records;
        final RequestService requests;
        final SyncEngine engine;
        final Staff me;

        Console(Path dir, HubProcess hub, String staffNo, String seatCode) {
            db = Database.openFile(dir, "seat");
            open.add(this);
            new DemoDataWriter(db).seedIfEmpty(() -> {
                DemoCentre.Data all = new DemoCentre(DemoCentre.DEFAULT_SEED, Clock.systemUTC(), Fixtures.CENTRE_ZONE)
                        .generate(new PasswordHasher());
                return new DemoCentre.Data(all.desks(), all.staff(), all.passwordHash(), all.shiftTypes(),
                        all.assignments(), all.inspectors(), List.of(), List.of(), all.counters());
            });
            records = new JooqRosterRecords(db, Fixtures.CENTRE_ZONE);
            requests = new RequestService(records, RosterPolicy.standard(), Clock.systemUTC(),
                    new TimeOrderedIds(Clock.systemUTC()));
            engine = new SyncEngine(new HubClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                    hub.base, Duration.ofSeconds(10)), new JooqSyncRepository(db), executor,
                    new SyncStatusService(new JooqOutboxRepository(db), Instant.now()),
                    new HubClock(Clock.systemUTC(), Duration.ZERO), Clock.systemUTC(),
                    new Backoff(Duration.ofMillis(50), Duration.ofMillis(500), new SplittableRandom(5)),
                    new SyncEngine.Options(500, 500, Duration.ofMillis(200), Duration.ofMinutes(5), Duration.ofMinutes(5),
                            Duration.ofSeconds(45), true));
            me = onDb(() -> requests.people().stream().filter(p -> p.staffNo().equals(staffNo)).findFirst().orElseThrow());
            engine.start(new HubCredentials(staffNo, "demo", seatCode));
        }

        <T> T onDb(Supplier<T> work) {
            return CompletableFuture.supplyAsync(work, executor).join();
        }

        /// As a seat that skipped its own checks: the approval goes straight into its outbox.
        void approveWithoutChecks(UUID requestId) {
            CompletableFuture.runAsync(() -> records.submit(new Decision(UUID.randomUUID(), requestId, RequestKind.LEAVE,
                    me.id(), Verdict.APPROVED, null, Instant.now())), executor).join();
            engine.nudge();
        }

        @Override
        public void close() {
            engine.close();
            executor.close();
            db.close();
        }
    }

    @Test
    void leaveAskedAtASeatReachesTheDirectorsInboxAndTheDecisionComesBack_R_LV_2(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            Console agent = new Console(dir.resolve("s07"), hub, "A001", "S07");
            Console director = new Console(dir.resolve("d001"), hub, "D001", "S00");
            LocalDate day = agent.onDb(() -> dayShiftAhead(agent));

            Outcome asked = agent.onDb(() -> agent.requests.askLeave(agent.me, agent.me.id(), LeaveKind.PERSONAL, day, day,
                    false, "朋友婚礼"));
            assertThat(asked.refused()).isEmpty();
            agent.engine.nudge();

            await(() -> director.onDb(() -> director.requests.inbox(director.me)).stream()
                    .anyMatch(r -> r.id().equals(asked.savedId())), Duration.ofSeconds(20));
            Outcome decided = director.onDb(() -> director.requests.decide(director.me, asked.savedId(), Verdict.APPROVED,
                    "同意"));
            assertThat(decided.refused()).isEmpty();
            director.engine.nudge();

            await(() -> statusAt(agent, asked.savedId()) == RequestStatus.APPROVED, Duration.ofSeconds(20));
            assertThat(director.onDb(() -> director.requests.inbox(director.me)))
                    .noneMatch(r -> r.id().equals(asked.savedId()));
        }
    }

    @Test
    void theHubRefusesADecisionByAnAgentWhateverTheSeatLetThrough_R_LV_2(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            Console agent = new Console(dir.resolve("s07"), hub, "A001", "S07");
            Console colleague = new Console(dir.resolve("s08"), hub, "A002", "S08");
            LocalDate day = agent.onDb(() -> dayShiftAhead(agent));
            Outcome asked = agent.onDb(() -> agent.requests.askLeave(agent.me, agent.me.id(), LeaveKind.PERSONAL, day, day,
                    false, null));
            agent.engine.nudge();
            await(() -> colleague.onDb(() -> colleague.requests.requestsOf(agent.me.id())).stream()
                    .anyMatch(r -> r.id().equals(asked.savedId())), Duration.ofSeconds(20));

            colleague.approveWithoutChecks(asked.savedId());

            await(() -> colleague.onDb(() -> TestData.rejectedText(colleague.db)).contains("R-LV-2"), Duration.ofSeconds(20));
            assertThat(colleague.onDb(() -> TestData.rejectedText(colleague.db))).contains("department director");
            Thread.sleep(500);
            assertThat(statusAt(agent, asked.savedId())).isEqualTo(RequestStatus.PENDING);
        }
    }

    /// Approvals made offline, or by a seat that skipped its checks, are judged again on the roster
    /// the hub holds: here a leave filed an hour before its shift (the seat's clock says so)
    /// reaches the director, whose seat approves without checking; the hub refuses with R-LV-1.
    @Test
    void theHubRunsTheLeaveRulesAgainAtAnApprovalWhateverTheSeatsLetThrough_R_LV_1(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            Console agent = new Console(dir.resolve("s07"), hub, "A001", "S07");
            Console director = new Console(dir.resolve("d001"), hub, "D001", "S00");
            LocalDate day = agent.onDb(() -> dayShiftAhead(agent));
            Instant shiftStart = agent.onDb(() -> {
                var facts = agent.records.ledger().facts(day, day);
                return facts.start(day, facts.shiftType("DAY").orElseThrow());
            });
            LeaveRequest late = new LeaveRequest(UUID.randomUUID(), agent.me.id(), agent.me.id(), LeaveKind.PERSONAL, day, day,
                    false, null, shiftStart.minus(Duration.ofHours(1)));
            assertThat(agent.onDb(() -> LeaveRules.check(late, agent.records.ledger().facts(day, day), RosterPolicy.standard())))
                    .as("the rule the seats would apply").hasValueSatisfying(r -> assertThat(r.ruleId()).isEqualTo("R-LV-1"));
            agent.onDb(() -> {
                agent.records.submit(late);
                return null;
            });
            agent.engine.nudge();
            await(() -> director.onDb(() -> director.requests.requestsOf(agent.me.id())).stream()
                    .anyMatch(r -> r.id().equals(late.id())), Duration.ofSeconds(20));

            director.approveWithoutChecks(late.id());

            await(() -> director.onDb(() -> TestData.rejectedText(director.db)).contains("R-LV-1"), Duration.ofSeconds(20));
            Thread.sleep(500);
            assertThat(statusAt(agent, late.id())).isEqualTo(RequestStatus.PENDING);
        }
    }

    /// A day shift of the agent's at least three days ahead: every notice period is kept; not a day
    /// that a swap of theirs, decided or pending, gives away (R-SW-5: the demo's A001 has a pending one).
    private static LocalDate dayShiftAhead(Console seat) {
        LocalDate today = LocalDate.now(Fixtures.CENTRE_ZONE);
        var facts = seat.records.ledger().facts(today, today.plusDays(20));
        for (LocalDate d = today.plusDays(3); ; d = d.plusDays(1)) {
            var shift = facts.effective().shift(seat.me.id(), d);
            if (shift.isPresent() && !shift.get().onLeave() && !shift.get().swapped()
                    && shift.get().assignment().shiftCode().equals("DAY") && !facts.isHoliday(d)
                    && !givenAwayBySwap(facts, seat.me.id(), d)) {
                return d;
            }
        }
    }

    private static boolean givenAwayBySwap(org.seatdesk.roster.RosterFacts facts, UUID who, LocalDate day) {
        return facts.swaps().stream().filter(s -> facts.status(s) != RequestStatus.REFUSED)
                .anyMatch(s -> who.equals(s.requesterId()) && day.equals(s.requesterDay())
                        || who.equals(s.partnerId()) && day.equals(s.partnerDay()));
    }

    private static RequestStatus statusAt(Console seat, UUID requestId) {
        return seat.onDb(() -> seat.requests.requestsOf(seat.me.id())).stream().filter(r -> r.id().equals(requestId))
                .map(RequestSummary::status).findFirst().orElse(null);
    }

    private static void await(BooleanSupplier condition, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + max);
            }
            Thread.sleep(50);
        }
    }
}
