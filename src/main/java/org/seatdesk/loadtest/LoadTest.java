package org.seatdesk.loadtest;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.seatdesk.settings.SettingRepository;
import org.seatdesk.settings.Settings;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.EventStream;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubException;
import org.seatdesk.sync.HubUnreachableException;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.HubWire.ChangePage;
import org.seatdesk.sync.HubWire.LoginAnswer;
import org.seatdesk.sync.HubWire.PushAnswer;
import org.seatdesk.sync.HubWire.PushResult;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.TicketFormats;
import org.seatdesk.ticket.TicketNumber;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;
import org.seatdesk.ticket.TicketValidator;

/// Simulates a room of seats against a real hub, over the hub API v1 with the seat's own client
/// (HubClient, EventStream): every seat logs in, registers tickets (`ticket CREATE`) and edits the
/// ones it registered (`ticket UPDATE`); the first `observers` seats also hold an event stream and
/// time how long each change made at another seat takes to reach them. An unanswered push is
/// resent with the same op id, with backoff, so the run goes on through a hub restart. At the end
/// the whole feed is pulled with a privileged login and every acknowledged operation is looked for.
///
/// One virtual thread per seat and per observer; all of them end by `duration + drain` (plus the
/// final pull). No local databases: a simulated seat keeps its tickets in memory.
public final class LoadTest {

    /// The hub could not be reached, or refused the logins, before anything was sent.
    public static final class StartFailure extends RuntimeException {
        public StartFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STREAM_SILENCE = Duration.ofSeconds(40); // heartbeats come every 15 s
    private static final Duration QUIET = Duration.ofMillis(750);
    private static final Duration MAX_SETTLE = Duration.ofSeconds(10);
    private static final int LOGIN_PARALLELISM = 4; // each login costs the hub an Argon2 hash (19 MiB)
    private static final int MAX_SAMPLES = 5_000_000;
    private static final String EDIT_MARK = "load test edit ";
    private static final Pattern NUMBER = Pattern.compile("^[ZTJBY]-\\d{8}-(L\\d{3,7})-(\\d+)$");

    private final LoadTestOptions options;
    private final Clock clock = Clock.systemUTC();
    private final TimeOrderedIds ids = new TimeOrderedIds(clock);
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), new SplittableRandom());
    private final TicketValidator validator = new TicketValidator(TicketFormats.from(new Settings(new NoStoredSettings())));

    private final Map<UUID, Sent> sent = new ConcurrentHashMap<>(); // ticket id (CREATE) or op id (UPDATE)
    private final List<Acked> acked = new CopyOnWriteArrayList<>();
    private final Samples samples = new Samples(MAX_SAMPLES);
    /// Operation made → its push answered, at the seat that made it (the hub's share of propagation).
    private final Samples pushes = new Samples(MAX_SAMPLES);
    private final AtomicLong opsSent = new AtomicLong();
    private final AtomicLong answeredDuplicate = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong requestFailures = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private final AtomicLong firstSendNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastAckNanos = new AtomicLong();
    /// Operations made before this moment (the warm-up) are verified but not timed.
    private volatile long timedFrom = Long.MAX_VALUE;

    public LoadTest(LoadTestOptions options) {
        this.options = options;
    }

    private record Sent(long nanos, int seat) {
    }

    /// An acknowledged operation: what to look for in the feed at the end.
    private record Acked(UUID opId, String kind, UUID ticketId, long seq) {
    }

    private static final class NoStoredSettings implements SettingRepository {
        @Override
        public Map<String, String> all() {
            return Map.of();
        }

        @Override
        public void put(String name, String value) {
            throw new UnsupportedOperationException("the load test stores no settings");
        }
    }

    public LoadTestReport run() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        try (http) {
            return run(http);
        }
    }

    private LoadTestReport run(HttpClient http) throws InterruptedException {
        HubClient verifier = new HubClient(http, options.hub(), REQUEST_TIMEOUT);
        List<Change> before;
        try {
            verifier.login(new HubCredentials(options.verifyStaff(), options.verifyPassword(), "LOADTEST"));
            before = pullAll(verifier, 0, null);
        } catch (HubUnreachableException e) {
            throw new StartFailure("the hub at " + options.hub() + " does not answer: " + e.getMessage(), e);
        } catch (HubException e) {
            throw new StartFailure("the hub at " + options.hub() + " refused " + options.verifyStaff() + ": "
                    + e.code() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        }
        long cursor = before.isEmpty() ? 0 : before.getLast().seq();
        Map<String, Integer> counters = countersInUse(before);

        long loginStart = System.nanoTime();
        List<Seat> seats = logIn(http, counters);
        double loginSeconds = (System.nanoTime() - loginStart) / 1e9;

        List<Observer> observers = new ArrayList<>();
        LoadTestReport.Propagation schedulingLateness;
        try (SchedulingProbe probe = new SchedulingProbe();
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < options.observers(); i++) {
                Observer o = new Observer(seats.get(i), cursor);
                observers.add(o);
                threads.submit(o::watch);
            }
            awaitLive(observers);
            long start = System.nanoTime();
            timedFrom = start + options.warmup().toNanos();
            long end = timedFrom + options.duration().toNanos();
            long drainEnd = end + options.drain().toNanos();
            double perSeatInterval = options.seats() / options.rate() * 1e9;
            List<java.util.concurrent.Future<?>> senders = new ArrayList<>();
            for (Seat seat : seats) {
                senders.add(threads.submit(() -> {
                    seat.work(start, end, drainEnd, (long) perSeatInterval);
                    return null;
                }));
            }
            for (var f : senders) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    error("a seat failed: " + e.getCause());
                }
            }
            settle();
            observers.forEach(Observer::stop);
            schedulingLateness = probe.lateness();
        }

        List<Change> feed = finalPull(verifier);
        Verification v = verify(feed);
        long first = firstSendNanos.get();
        double sendingSeconds = first == Long.MAX_VALUE ? 0 : Math.max(1e-3, (lastAckNanos.get() - first) / 1e9);
        double opsPerS = first == Long.MAX_VALUE || acked.isEmpty() ? 0 : acked.size() / Math.max(sendingSeconds,
                options.duration().plus(options.warmup()).toNanos() / 1e9);
        long errors = requestFailures.get() + reconnects.get() + rejected.get() + conflicts.get();
        LoadTestReport.Details details = new LoadTestReport.Details(options.observers(), sendingSeconds, loginSeconds,
                answeredDuplicate.get(), rejected.get(), conflicts.get(), unanswered.get(), reconnects.get(),
                requestFailures.get(), firstError.get(), feed.size(), pushes.summary(), schedulingLateness);
        return new LoadTestReport(seats.size(), opsSent.get(), acked.size(), v.lost, v.duplicated, samples.summary(),
                opsPerS, errors, details);
    }

    // ---------------------------------------------------------------------------------- logins

    private List<Seat> logIn(HttpClient http, Map<String, Integer> counters) throws InterruptedException {
        Seat[] seats = new Seat[options.seats()];
        Semaphore parallel = new Semaphore(LOGIN_PARALLELISM);
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos() + options.seats() * 200_000_000L;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < seats.length; i++) {
                int index = i;
                threads.submit(() -> {
                    String code = seatCode(index);
                    HubCredentials who = new HubCredentials(options.staff().get(index % options.staff().size()),
                            options.password(), code);
                    HubClient client = new HubClient(http, options.hub(), REQUEST_TIMEOUT);
                    for (int attempt = 0; refused.get() == null; attempt++) {
                        try {
                            parallel.acquire();
                            try {
                                LoginAnswer answer = client.login(who);
                                seats[index] = new Seat(index, code, client, answer, counters.getOrDefault(code, 0));
                                return null;
                            } finally {
                                parallel.release();
                            }
                        } catch (HubException e) {
                            if (!e.isTransient()) {
                                refused.compareAndSet(null, new StartFailure("the hub refused the login of "
                                        + who.staffNo() + " at " + code + ": " + e.code(), e));
                                return null;
                            }
                            failure("login " + who.staffNo() + ": " + e.code());
                            sleep(e.retryAfter().orElse(backoff.delay(attempt)));
                        } catch (HubUnreachableException e) {
                            failure("login " + who.staffNo() + ": " + e.getMessage());
                            sleep(backoff.delay(attempt));
                        }
                        if (System.nanoTime() > deadline) {
                            refused.compareAndSet(null, new StartFailure("the seats could not log in within the time allowed", null));
                        }
                    }
                    return null;
                });
            }
        }
        if (refused.get() != null) {
            throw refused.get();
        }
        return List.of(seats);
    }

    static String seatCode(int index) {
        return "L%03d".formatted(index + 1);
    }

    /// The highest counter each load-test seat code has used in the feed, so that a second run
    /// against the same hub makes new ticket numbers (the hub refuses a number it holds).
    private static Map<String, Integer> countersInUse(List<Change> feed) {
        Map<String, Integer> counters = new HashMap<>();
        for (Change c : feed) {
            if ("ticket".equals(c.entity()) && "CREATE".equals(c.kind()) && c.payload() != null) {
                Matcher m = NUMBER.matcher(c.payload().path("number").asText(""));
                if (m.matches()) {
                    counters.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
                }
            }
        }
        return counters;
    }

    // ---------------------------------------------------------------------------------- seats

    private final class Seat {
        final int index;
        final String code;
        final HubClient client;
        final LoginAnswer login;
        int counter;
        final List<Ticket> mine = new ArrayList<>();
        final SplittableRandom random = new SplittableRandom();

        Seat(int index, String code, HubClient client, LoginAnswer login, int counterInUse) {
            this.index = index;
            this.code = code;
            this.client = client;
            this.login = login;
            this.counter = counterInUse;
        }

        /// Makes an operation every `interval` (first one at a random phase), until `end`; each
        /// is pushed until the hub answers it or `drainEnd` passes.
        void work(long start, long end, long drainEnd, long interval) {
            long next = start + (long) (random.nextDouble() * interval);
            while (true) {
                long wait = next - System.nanoTime();
                if (next >= end) {
                    return;
                }
                if (wait > 0) {
                    sleep(Duration.ofNanos(wait));
                }
                boolean edit = !mine.isEmpty() && random.nextBoolean();
                if (edit) {
                    edit(drainEnd);
                } else {
                    register(drainEnd);
                }
                next = Math.max(next + interval, System.nanoTime());
            }
        }

        private void register(long drainEnd) {
            Ticket ticket = newTicket();
            UUID opId = ids.next();
            OutboxOperation op = new OutboxOperation(opId, "ticket", ticket.id(), OutboxOperation.Kind.CREATE, 0,
                    Payloads.json(ticket), ticket.createdAt());
            sent.put(ticket.id(), new Sent(System.nanoTime(), index));
            PushResult result = push(op, drainEnd);
            if (result != null && result.seq() != null) {
                mine.add(ticket);
            }
        }

        private void edit(long drainEnd) {
            int at = random.nextInt(mine.size());
            Ticket t = mine.get(at);
            UUID opId = ids.next();
            String description = EDIT_MARK + opId;
            String payload = Payloads.json(Map.of("changes", Map.of("description", description),
                    "previous", Map.of("description", t.description())));
            OutboxOperation op = new OutboxOperation(opId, "ticket", t.id(), OutboxOperation.Kind.UPDATE, t.version(),
                    payload, clock.instant());
            sent.put(opId, new Sent(System.nanoTime(), index));
            PushResult result = push(op, drainEnd);
            if (result != null && result.seq() != null) {
                mine.set(at, withDescription(t, description, t.version() + 1));
            }
        }

        /// Pushes one operation until it has an answer; the same op id every time.
        private PushResult push(OutboxOperation op, long drainEnd) {
            long made = System.nanoTime();
            opsSent.incrementAndGet();
            firstSendNanos.accumulateAndGet(System.nanoTime(), Math::min);
            for (int attempt = 0; ; attempt++) {
                Duration wait = backoff.delay(attempt);
                try {
                    PushAnswer answer = client.push(List.of(op));
                    PushResult r = answer.results().isEmpty() ? null : answer.results().getFirst();
                    if (r != null && op.opId().equals(r.opId()) && r.isAnswer()) {
                        if (made >= timedFrom) {
                            pushes.add(System.nanoTime() - made);
                        }
                        return answered(op, r);
                    }
                    failure("push: an answer without a result for the op");
                } catch (HubUnreachableException e) {
                    failure("push: " + e.getMessage());
                } catch (HubException e) {
                    failure("push: " + e.status() + " " + e.code() + (e.getMessage() == null ? "" : " " + e.getMessage()));
                    if (!e.isTransient() && e.status() != 401) {
                        unanswered.incrementAndGet();
                        return null; // the hub refused the request as a whole: resending will not help
                    }
                    wait = e.retryAfter().orElse(wait);
                }
                if (System.nanoTime() + wait.toNanos() > drainEnd) {
                    unanswered.incrementAndGet();
                    return null;
                }
                sleep(wait);
            }
        }

        private PushResult answered(OutboxOperation op, PushResult r) {
            switch (r.status()) {
                case PushResult.ACCEPTED, PushResult.DUPLICATE -> {
                    if (PushResult.DUPLICATE.equals(r.status())) {
                        answeredDuplicate.incrementAndGet();
                    }
                    if (r.seq() == null) {
                        error("push: '" + r.status() + "' without a sequence number");
                        return null;
                    }
                    acked.add(new Acked(op.opId(), op.kind().name(), op.entityId(), r.seq()));
                    lastAckNanos.accumulateAndGet(System.nanoTime(), Math::max);
                    return r;
                }
                case PushResult.CONFLICT -> {
                    conflicts.incrementAndGet();
                    error("push: conflict on " + op.kind());
                    return null;
                }
                default -> {
                    rejected.incrementAndGet();
                    error("push: rejected " + op.kind() + ": " + r.reason() + " " + r.message());
                    return null;
                }
            }
        }

        private Ticket newTicket() {
            counter++;
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
            TicketType type = TicketType.values()[random.nextInt(TicketType.values().length)];
            String terminal = "%08d".formatted(random.nextInt(100_000_000));
            String phone = "138%08d".formatted(random.nextInt(100_000_000));
            String description = "负载测试 " + code + " 第" + counter + "单：刷卡机无法开机";
            TicketDraft draft = new TicketDraft(type, Level.NORMAL, ServiceKind.EQUIPMENT_FAULT, RequesterKind.MERCHANT,
                    "负载测试商户", terminal, "", "", "北京市朝阳区建国路88号", "王伟", phone, description);
            var problems = validator.validate(draft);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the load test made a ticket the validator refuses: " + problems);
            }
            return new Ticket(ids.next(), TicketNumber.format(type, day, code, counter), type, draft.level(),
                    draft.serviceKind(), draft.requesterKind(), draft.requesterName(), draft.terminalId(),
                    draft.merchantId(), draft.posBarcode(), draft.installAddress(), draft.contactPerson(),
                    draft.contactPhone(), draft.description(), TicketStatus.NEW, null, null, null, null, 0,
                    login.region(), login.deskId(), code, login.staffId(), now, now, 1);
        }
    }

    private static Ticket withDescription(Ticket t, String description, int version) {
        return new Ticket(t.id(), t.number(), t.type(), t.level(), t.serviceKind(), t.requesterKind(), t.requesterName(),
                t.terminalId(), t.merchantId(), t.posBarcode(), t.installAddress(), t.contactPerson(), t.contactPhone(),
                description, t.status(), t.handlingStatus(), t.dispatchKind(), t.dispatchTarget(), t.dispatchedAt(),
                t.callbackAttempts(), t.region(), t.deskId(), t.seatCode(), t.createdBy(), t.createdAt(), t.updatedAt(),
                version);
    }

    /// The key a change is timed by: the ticket id of a CREATE, the op id carried in an edit.
    private static UUID key(Change c) {
        if (!"ticket".equals(c.entity())) {
            return null;
        }
        if ("CREATE".equals(c.kind())) {
            return c.entityId();
        }
        if ("UPDATE".equals(c.kind()) && c.payload() != null) {
            String d = c.payload().path("changes").path("description").asText("");
            if (d.startsWith(EDIT_MARK)) {
                try {
                    return UUID.fromString(d.substring(EDIT_MARK.length()));
                } catch (IllegalArgumentException notOurs) {
                    return null;
                }
            }
        }
        return null;
    }

    /// Waits until every stream is on the hub's live tail (the hub sends a heartbeat once a stream's
    /// replay is done), at most 20 s plus 20 ms a stream: timing from a moment when hundreds of
    /// streams were still opening measured the opening, not the propagation (ADR 0025). Anything
    /// made earlier would still arrive by replay.
    private static void awaitLive(List<Observer> observers) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos() + observers.size() * 20_000_000L;
        while (System.nanoTime() < deadline && !observers.stream().allMatch(o -> o.live)) {
            Thread.sleep(50);
        }
        Thread.sleep(200);
    }

    // ---------------------------------------------------------------------------------- observers

    /// A seat that holds `/events` open (reconnecting with backoff after `after` = the last seq
    /// it saw) and times every change made at another seat.
    private final class Observer implements EventStream.Listener {
        final Seat seat;
        final AtomicLong last;
        volatile boolean stopped;
        volatile boolean catchup;
        volatile long lastActivity = System.nanoTime();
        final Object lock = new Object();
        volatile boolean ended;
        volatile boolean delivered;
        /// Heard from the hub at least once (a heartbeat or a change): the stream is open.
        volatile boolean live;
        volatile EventStream stream;

        Observer(Seat seat, long cursor) {
            this.seat = seat;
            this.last = new AtomicLong(cursor);
        }

        void watch() {
            int attempt = 0;
            while (!stopped) {
                ended = false;
                catchup = false;
                lastActivity = System.nanoTime();
                delivered = false;
                try {
                    if (!seat.client.loggedIn()) {
                        pullPages(); // logs in again (the stream answered 401) and catches up
                    }
                    stream = seat.client.events(last.get(), this);
                    if (stopped) {
                        stream.close();
                    }
                    synchronized (lock) {
                        while (!ended && !stopped && !catchup) {
                            lock.wait(500);
                            if (System.nanoTime() - lastActivity > STREAM_SILENCE.toNanos()) {
                                break; // a silent stream: the connection is gone without a word
                            }
                        }
                    }
                    if (stopped) {
                        return;
                    }
                    stream.close();
                    if (catchup) {
                        pullPages();
                        attempt = 0;
                        continue;
                    }
                } catch (HubUnreachableException | HubException e) {
                    failure("events: " + e.getMessage());
                } catch (IllegalStateException e) {
                    failure("events: " + e.getMessage()); // logged out by a 401 in between: the next round logs in
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!stopped) {
                    if (delivered) {
                        attempt = 0; // the stream worked for a while: start the backoff again
                    }
                    reconnects.incrementAndGet();
                    sleep(backoff.delay(attempt++));
                }
            }
        }

        private void pullPages() {
            ChangePage page;
            do {
                page = seat.client.changes(last.get(), 1000);
                page.changes().forEach(this::change);
                last.accumulateAndGet(page.last(), Math::max);
            } while (page.hasMore() && !stopped);
        }

        void stop() {
            stopped = true;
            EventStream s = stream;
            if (s != null) {
                s.close();
            }
            synchronized (lock) {
                lock.notifyAll();
            }
        }

        @Override
        public void change(Change change) {
            long now = System.nanoTime();
            lastActivity = now;
            delivered = true;
            live = true;
            long previous = last.getAndAccumulate(change.seq(), Math::max);
            if (change.seq() <= previous) {
                return; // seen already (a replay overlapping what arrived live)
            }
            UUID key = key(change);
            Sent s = key == null ? null : sent.get(key);
            if (s != null && s.seat() != seat.index && s.nanos() >= timedFrom) {
                samples.add(now - s.nanos());
            }
        }

        @Override
        public void heartbeat() {
            lastActivity = System.nanoTime();
            live = true;
        }

        @Override
        public void catchup() {
            catchup = true;
            synchronized (lock) {
                lock.notifyAll();
            }
        }

        @Override
        public void ended(RuntimeException error) {
            if (!stopped && error != null && !(error.getMessage() != null && error.getMessage().contains("closed by the seat"))) {
                failure("events: " + error.getMessage());
            }
            ended = true;
            synchronized (lock) {
                lock.notifyAll();
            }
        }
    }

    /// After the last answer: waits until no observation has come in for a while, so that changes
    /// still travelling are counted.
    private void settle() {
        long deadline = System.nanoTime() + MAX_SETTLE.toNanos();
        long count = samples.count();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline && options.observers() > 0) {
            sleep(Duration.ofMillis(100));
            long now = samples.count();
            if (now != count) {
                count = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > QUIET.toNanos()) {
                return;
            }
        }
    }

    // ---------------------------------------------------------------------------------- verification

    private List<Change> pullAll(HubClient client, long after, Long deadline) {
        List<Change> all = new ArrayList<>();
        long cursor = after;
        ChangePage page;
        do {
            page = client.changes(cursor, 1000);
            all.addAll(page.changes());
            cursor = Math.max(cursor, page.last());
        } while (page.hasMore() && (deadline == null || System.nanoTime() < deadline));
        return all;
    }

    /// The whole feed, retried while the hub is away (it may be restarting).
    private List<Change> finalPull(HubClient verifier) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                return pullAll(verifier, 0, null);
            } catch (HubUnreachableException | HubException e) {
                failure("final pull: " + e.getMessage());
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the hub did not answer the final pull: " + e.getMessage(), e);
                }
                sleep(backoff.delay(attempt));
            }
        }
    }

    private record Verification(long lost, long duplicated) {
    }

    private Verification verify(List<Change> feed) {
        Map<UUID, Integer> seen = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Change c : feed) {
            UUID key = key(c);
            if (key != null) {
                seen.merge(key, 1, Integer::sum);
            }
            if ("ticket".equals(c.entity()) && "CREATE".equals(c.kind()) && c.payload() != null) {
                String number = c.payload().path("number").asText("");
                if (NUMBER.matcher(number).matches()) {
                    numbers.merge(number, 1, Integer::sum);
                }
            }
        }
        long lost = 0;
        long duplicated = 0;
        for (Acked a : acked) {
            int n = seen.getOrDefault("CREATE".equals(a.kind()) ? a.ticketId() : a.opId(), 0);
            if (n == 0) {
                lost++;
            } else if (n > 1) {
                duplicated++;
            }
        }
        duplicated += numbers.values().stream().filter(n -> n > 1).count();
        return new Verification(lost, duplicated);
    }

    // ---------------------------------------------------------------------------------- bookkeeping

    private void failure(String what) {
        requestFailures.incrementAndGet();
        firstError.compareAndSet(null, what);
    }

    private void error(String what) {
        firstError.compareAndSet(null, what);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /// Propagation times in nanoseconds, at most `capacity` of them.
    static final class Samples {
        private final int capacity;
        private long[] values = new long[1024];
        private int size;
        private long dropped;

        Samples(int capacity) {
            this.capacity = capacity;
        }

        synchronized void add(long nanos) {
            if (size == capacity) {
                dropped++;
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.min(capacity, values.length * 2));
            }
            values[size++] = nanos;
        }

        synchronized long count() {
            return size + dropped;
        }

        synchronized LoadTestReport.Propagation summary() {
            if (size == 0) {
                return null;
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return new LoadTestReport.Propagation(ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.99)),
                    ms(sorted[size - 1]), size);
        }

        /// Nearest rank: the smallest value with at least `p` of the values at or below it.
        static long percentile(long[] sorted, double p) {
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
        }

        private static double ms(long nanos) {
            return Math.round(nanos / 100_000.0) / 10.0;
        }
    }
}
