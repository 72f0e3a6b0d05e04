package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatdesk.dutylog.DutyLogCategory;
import org.seatdesk.dutylog.DutyLogEntry;
import org.seatdesk.dutylog.Escalation;
import org.seatdesk.dutylog.EscalationLadder;
import org.seatdesk.handover.HandoverAck;
import org.seatdesk.handover.HandoverCategory;
import org.seatdesk.handover.HandoverEntry;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeKind;
import org.seatdesk.notice.NoticeReceipt;
import org.seatdesk.rollcall.DisciplineRecord;
import org.seatdesk.rollcall.Mark;
import org.seatdesk.rollcall.RollCallMark;
import org.seatdesk.security.Role;
import org.seatdesk.store.Database;
import org.seatdesk.store.TestData;
import org.seatdesk.ticket.CallCategory;
import org.seatdesk.ticket.CallRecord;
import org.seatdesk.ticket.Ticket;

/// R-SEC-1 and design principle 7 at the hub: every endpoint and every push operation, for every
/// role of domain.md's roles table and for callers without a valid token, against the policy
/// table declared below. One hub process (H2, `--demo`); it is restarted once at the start so
/// that one token has expired by then.
class RoleMatrixTest {

    /// The policy: one row per endpoint or push operation, one column per caller. Cells are the
    /// HTTP status, or for push operations the per-operation answer (`accepted` / `forbidden`).
    /// `feed` rows: whether a record of that kind reaches the caller on `/changes` (the event
    /// stream filters with the same code, FeedPolicy): the quality inspector and the KB editor get
    /// no tickets, history, calls or handover entries (customer personal data; their consoles have
    /// no page for them); the wall gets tickets, history and calls redacted (WallCanaryTest) and
    /// nothing of the handover log or the knowledge base.
    /// Ticket writers: agents, the callback desk, monitors and directors (HubPolicy, R-TK-1);
    /// calls are recorded by those who answer them; the quality inspector, the KB editor and the
    /// wall only read tickets (the wall redacted, see WallCanaryTest). The room (R-SH-1, R-SH-4,
    /// R-SH-5): the monitor calls the roll and records discipline, monitor and directors keep the
    /// duty log; everyone but the wall escalates one step up (R-SEC-2), the centre director has
    /// nobody above.
    private static final String POLICY = """
            caller                | AGENT    | CALLBACK_DESK | SHIFT_MONITOR | DEPARTMENT_DIRECTOR | CENTRE_DIRECTOR | QUALITY_INSPECTOR | KB_EDITOR | WALL      | none | expired | forged
            GET /health           | 200      | 200           | 200           | 200                 | 200             | 200               | 200       | 200       | 200  | 200     | 200
            POST /api/v1/login    | 200      | 200           | 200           | 200                 | 200             | 200               | 200       | 200       | 200  | 200     | 200
            GET /api/v1/changes   | 200      | 200           | 200           | 200                 | 200             | 200               | 200       | 200       | 401  | 401     | 401
            GET /api/v1/events    | 200      | 200           | 200           | 200                 | 200             | 200               | 200       | 200       | 401  | 401     | 401
            GET /api/v1/directory | 200      | 200           | 200           | 200                 | 200             | 200               | 200       | 403       | 401  | 401     | 401
            GET /api/v1/unknown   | 404      | 404           | 404           | 404                 | 404             | 404               | 404       | 404       | 401  | 401     | 401
            POST /api/v1/push     | 200      | 200           | 200           | 200                 | 200             | 200               | 200       | 200       | 401  | 401     | 401
            push ticket CREATE    | accepted | accepted      | accepted      | accepted            | accepted        | forbidden         | forbidden | forbidden | 401  | 401     | 401
            push ticket UPDATE    | accepted | accepted      | accepted      | accepted            | accepted        | forbidden         | forbidden | forbidden | 401  | 401     | 401
            push ticket_event     | accepted | accepted      | accepted      | accepted            | accepted        | forbidden         | forbidden | forbidden | 401  | 401     | 401
            push call_record      | accepted | accepted      | accepted      | forbidden           | forbidden       | forbidden         | forbidden | forbidden | 401  | 401     | 401
            push roll_call_mark   | forbidden| forbidden     | accepted      | forbidden           | forbidden       | forbidden         | forbidden | forbidden | 401  | 401     | 401
            push discipline_record| forbidden| forbidden     | accepted      | forbidden           | forbidden       | forbidden         | forbidden | forbidden | 401  | 401     | 401
            push duty_log_entry   | forbidden| forbidden     | accepted      | accepted            | accepted        | forbidden         | forbidden | forbidden | 401  | 401     | 401
            push escalation       | accepted | accepted      | accepted      | accepted            | forbidden       | accepted          | accepted  | forbidden | 401  | 401     | 401
            feed ticket           | received | received      | received      | received            | received        | withheld          | withheld  | received  | 401  | 401     | 401
            feed ticket_event     | received | received      | received      | received            | received        | withheld          | withheld  | received  | 401  | 401     | 401
            feed call_record      | received | received      | received      | received            | received        | withheld          | withheld  | received  | 401  | 401     | 401
            feed handover_entry   | received | received      | received      | received            | received        | withheld          | withheld  | withheld  | 401  | 401     | 401
            feed notice           | received | received      | received      | received            | received        | received          | received  | received  | 401  | 401     | 401
            feed kb_article       | received | received      | received      | received            | received        | withheld          | received  | withheld  | 401  | 401     | 401
            feed kb_material_chunk| withheld | withheld      | withheld      | withheld            | received        | withheld          | received  | withheld  | 401  | 401     | 401
            push roster_edit      | forbidden| forbidden     | forbidden     | accepted            | forbidden       | forbidden         | forbidden | forbidden | 401  | 401     | 401
            """;

    /// The demo centre's login of each role (resources/demo/centre.txt; W001 is the demo hub's wall).
    private static final Map<String, String> LOGINS = Map.ofEntries(Map.entry("AGENT", "A001"), Map.entry("CALLBACK_DESK", "R001"),
            Map.entry("SHIFT_MONITOR", "M001"), Map.entry("DEPARTMENT_DIRECTOR", "D001"),
            Map.entry("CENTRE_DIRECTOR", "C001"), Map.entry("QUALITY_INSPECTOR", "Q001"),
            Map.entry("KB_EDITOR", "K001"), Map.entry("WALL", "W001"), Map.entry("none", "A002"),
            Map.entry("expired", "A003"), Map.entry("forged", "A004"));

    @TempDir
    static Path dir;
    static HubProcess hub;
    static HubClient client;
    static String author;
    static UUID authorId;
    static final Map<String, String> TOKENS = new LinkedHashMap<>();
    static final Map<String, UUID> STAFF = new LinkedHashMap<>();

    @BeforeAll
    static void startHubWithOneExpiredToken() throws Exception {
        int port = HubProcess.freePort();
        HubProcess first = HubProcess.start(dir.resolve("hub"), port, "--demo");
        String expired = new HubClient(first.base).token("A003");
        first.close();
        try (Database db = Database.openFile(dir.resolve("hub"), "hub")) {
            TestData.expireSessions(db, Instant.now().minusSeconds(1));
        }
        hub = HubProcess.start(dir.resolve("hub"), port);
        client = new HubClient(hub.base);
        HubClient.Reply login = client.login("A001", "demo");
        author = login.json().get("token").asText();
        authorId = UUID.fromString(login.json().get("staffId").asText());
        for (String caller : columns()) {
            HubClient.Reply reply = client.login(LOGINS.get(caller), "demo");
            assertThat(reply.status()).as("login of %s", caller).isEqualTo(200);
            STAFF.put(caller, UUID.fromString(reply.json().get("staffId").asText()));
            assertThat(reply.json().get("role").asText()).isEqualTo(roleOf(caller).name());
            TOKENS.put(caller, switch (caller) {
                case "none" -> null;
                case "expired" -> expired;
                case "forged" -> forgedToken();
                default -> reply.json().get("token").asText();
            });
        }
    }

    @AfterAll
    static void stopHub() throws Exception {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void r_sec_1_everyEndpointAndOperationAnswersEveryCallerAsThePolicyTableSays() throws Exception {
        List<String> lines = POLICY.lines().filter(l -> !l.isBlank()).toList();
        List<String> columns = cells(lines.getFirst()).subList(1, cells(lines.getFirst()).size());
        List<String> mismatches = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = cells(line);
            for (int i = 0; i < columns.size(); i++) {
                String caller = columns.get(i);
                String expected = row.get(i + 1);
                String actual = observe(row.getFirst(), caller);
                if (!expected.equals(actual)) {
                    mismatches.add(row.getFirst() + " as " + caller + ": expected " + expected + ", was " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void r_sec_1_refusedOperationsChangeNothing() throws Exception {
        Ticket ticket = Ops.ticket(authorId, "CN");
        client.push(author, List.of(Ops.create(ticket)));
        long before = client.last(author);
        for (String caller : List.of("QUALITY_INSPECTOR", "KB_EDITOR", "WALL", "none", "expired", "forged")) {
            UUID me = STAFF.get(caller);
            HubClient.Reply reply = client.push(TOKENS.get(caller), List.of(Ops.create(Ops.ticket(me, "CN")),
                    Ops.update(ticket.id(), 1, Map.of("level", "URGENT")), Ops.event(ticket, me, "某人", "note"),
                    Ops.call(new CallRecord(Ops.id(), CallCategory.CONSULTATION, "note", me, "S07", Instant.now()))));
            if (reply.status() == 200) {
                assertThat(reply.json().get("results")).as(caller).allSatisfy(r ->
                        assertThat(r.get("reason").asText()).isEqualTo("forbidden"));
            } else {
                assertThat(reply.status()).as(caller).isEqualTo(401);
            }
        }
        assertThat(client.last(author)).isEqualTo(before);
    }

    /// Principle 7: an id of another region answers exactly as an id that does not exist, on
    /// every path that takes one, so ids cannot be probed.
    @Test
    void principle7_idsOfAnotherRegionAreNotFoundExactlyLikeIdsThatDoNotExist() throws Exception {
        HubClient.Reply login = client.login("A009", "demo"); // Guangdong desk
        String gd = login.json().get("token").asText();
        UUID gdId = UUID.fromString(login.json().get("staffId").asText());
        Ticket zj = Ops.ticket(authorId, "CN-ZJ");
        assertThat(client.push(author, List.of(Ops.create(zj))).json().at("/results/0/status").asText()).isEqualTo("accepted");
        Ticket nowhere = Ops.ticket(authorId, "CN-ZJ"); // never pushed

        long before = client.last(author);
        for (Ticket target : List.of(zj, nowhere)) {
            JsonNode answers = client.push(gd, List.of(Ops.update(target.id(), 1, Map.of("level", "URGENT")),
                    Ops.event(target, gdId, "梁嘉欣", "note"))).json().get("results");
            for (JsonNode answer : answers) {
                assertThat(answer.get("status").asText()).isEqualTo("rejected");
                assertThat(answer.get("reason").asText()).isEqualTo("not_found");
                assertThat(answer.get("message").asText()).isEqualTo("no such ticket");
            }
        }
        assertThat(client.last(author)).isEqualTo(before);
        String feed = client.changes(gd, 0, 1000).body();
        assertThat(feed).doesNotContain(zj.id().toString(), zj.number());
        try (HubClient.EventStream replay = client.events(gd, 0L)) {
            Thread.sleep(500);
            assertThat(replay.raw()).doesNotContain(zj.id().toString());
        }
    }

    /// Principle 7 on every path that takes an id or a number (review of issue 4): a ticket UPDATE
    /// (valid, or with a value the hub refuses before it looks), a history entry, a handover
    /// acknowledgement and a notice receipt naming a record of another region get exactly the
    /// answer of one that does not exist (all but the op id compared); the directory's ticket
    /// counters of a seat code used only in another region equal those of an unused seat code.
    @Test
    void principle7_everyPathThatTakesAnIdAnswersAnotherRegionsRecordExactlyLikeNone() throws Exception {
        HubClient.Reply login = loginAt("A009", "S11"); // Guangdong desk
        String gd = login.json().get("token").asText();
        UUID gdId = UUID.fromString(login.json().get("staffId").asText());
        Ticket hq = Ops.ticket(authorId, "CN", "T31", "王伟", "13812345678", "北京市朝阳区建国路88号", "刷卡机无法开机");
        HandoverEntry entry = handoverEntry();
        Notice notice = notice(STAFF.get("SHIFT_MONITOR"));
        assertThat(HubClient.seqs(client.push(author, List.of(Ops.create(hq),
                Ops.created("handover_entry", entry.id(), entry))).json(), "accepted")).hasSize(2);
        assertThat(HubClient.seqs(client.push(TOKENS.get("SHIFT_MONITOR"),
                List.of(Ops.created("notice", notice.id(), notice))).json(), "accepted")).hasSize(1);
        Ticket noTicket = Ops.ticket(authorId, "CN");

        long before = client.last(author);
        Map<String, List<JsonNode>> answers = new LinkedHashMap<>();
        for (boolean exists : List.of(true, false)) {
            Ticket ticket = exists ? hq : noTicket;
            UUID entryId = exists ? entry.id() : Ops.id();
            UUID noticeId = exists ? notice.id() : Ops.id();
            Instant now = Instant.now();
            HandoverAck ack = new HandoverAck(Ops.id(), entryId, gdId, "梁嘉欣", "S11", now);
            NoticeReceipt receipt = new NoticeReceipt(Ops.id(), noticeId, gdId, "梁嘉欣", "S11", now);
            JsonNode results = client.push(gd, List.of(Ops.update(ticket.id(), 1, Map.of("level", "URGENT")),
                    Ops.update(ticket.id(), 1, Map.of("level", "VERY_URGENT")),
                    Ops.event(ticket, gdId, "梁嘉欣", "note"),
                    Ops.created("handover_ack", ack.id(), ack),
                    Ops.created("notice_receipt", receipt.id(), receipt))).json().get("results");
            List<JsonNode> withoutOpIds = new ArrayList<>();
            results.forEach(r -> withoutOpIds.add(((ObjectNode) r.deepCopy()).without("opId")));
            answers.put(exists ? "another region's" : "none", withoutOpIds);
        }
        assertThat(answers.get("another region's")).isEqualTo(answers.get("none"));
        assertThat(answers.get("none")).extracting(a -> a.get("reason").asText())
                .containsExactly("not_found", "invalid_value", "not_found", "not_found", "not_found");
        assertThat(client.last(author)).as("nothing was applied").isEqualTo(before);

        JsonNode usedElsewhere = client.get("/api/v1/directory", loginAt("A009", "T31").json().get("token").asText()).json();
        JsonNode unused = client.get("/api/v1/directory", loginAt("A009", "T32").json().get("token").asText()).json();
        assertThat(usedElsewhere.get("counters")).isEqualTo(unused.get("counters"));
        JsonNode hqSeat = client.get("/api/v1/directory", loginAt("A001", "T31").json().get("token").asText()).json();
        assertThat(hqSeat.get("counters")).as("HQ sees its own seat's counter").isNotEmpty();
    }

    /// Principle 7, ADR 0024: a regional agent's directory carries the roster of its region only —
    /// its people's plan, seats, squads and members — as the feed carries only its region's roster
    /// edits; and nobody's password hash. HQ serves every region, so an HQ agent gets them all.
    @Test
    void principle7_aRegionalAgentsDirectoryCarriesTheRosterOfItsRegionOnly() throws Exception {
        JsonNode gd = client.get("/api/v1/directory", loginAt("A009", "S11").json().get("token").asText()).json();
        JsonNode hq = client.get("/api/v1/directory", TOKENS.get("AGENT")).json();
        java.util.Set<String> gdPeople = new java.util.HashSet<>();
        java.util.Set<String> gdDesks = new java.util.HashSet<>();
        gd.get("desks").forEach(d -> {
            if (d.get("region").asText().equals("CN-GD")) {
                gdDesks.add(d.get("id").asText());
            }
        });
        gd.get("staff").forEach(p -> {
            if (gdDesks.contains(p.get("deskId").asText())) {
                gdPeople.add(p.get("id").asText());
            }
        });
        JsonNode roster = gd.get("roster");
        assertThat(roster.get("region").asText()).isEqualTo("CN-GD");
        assertThat(roster.get("plan")).as("the region's plan").isNotEmpty()
                .allSatisfy(p -> assertThat(gdPeople).contains(p.get("staffId").asText()));
        assertThat(roster.get("members")).isNotEmpty().allSatisfy(m -> assertThat(gdPeople).contains(m.get("staffId").asText()));
        assertThat(roster.get("seats")).isNotEmpty().allSatisfy(seat -> assertThat(gdDesks).contains(seat.get("deskId").asText()));
        assertThat(roster.get("squads")).allSatisfy(q -> assertThat(gdPeople.contains(q.get("leaderId").asText())
                || roster.findValuesAsText("squadCode").contains(q.get("code").asText())).isTrue());
        assertThat(roster.get("shiftTypes")).extracting(t -> t.get("code").asText()).contains("DAY", "NIGHT");

        assertThat(hq.get("roster").get("region").isNull()).as("HQ: every region").isTrue();
        assertThat(hq.get("roster").get("plan").size()).isGreaterThan(roster.get("plan").size());
        assertThat(hq.get("roster").get("plan").findValuesAsText("staffId")).containsAll(gdPeople.stream()
                .filter(id -> roster.get("plan").findValuesAsText("staffId").contains(id)).toList());
        for (JsonNode directory : List.of(gd, hq)) {
            assertThat(directory.findValues("passwordHash")).isEmpty();
            assertThat(directory.toString()).doesNotContain("$argon2", "$2a$");
        }
    }

    private static HubClient.Reply loginAt(String staffNo, String seatCode) throws Exception {
        HubClient.Reply reply = client.post("/api/v1/login", null, "{\"staffNo\":\"" + staffNo
                + "\",\"password\":\"demo\",\"seatCode\":\"" + seatCode + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    /// What `caller` gets from `endpoint`: the HTTP status, or the per-operation answer of a push.
    private static String observe(String endpoint, String caller) throws Exception {
        String token = TOKENS.get(caller);
        UUID me = STAFF.get(caller);
        return switch (endpoint) {
            case "GET /health" -> status(client.get("/health", token));
            case "POST /api/v1/login" -> status(client.login(LOGINS.get(caller), "demo"));
            case "GET /api/v1/changes" -> status(client.changes(token, 0, 10));
            case "GET /api/v1/events" -> {
                try (HubClient.EventStream stream = client.events(token, null)) {
                    yield Integer.toString(stream.status);
                }
            }
            case "GET /api/v1/directory" -> status(client.get("/api/v1/directory", token));
            case "GET /api/v1/unknown" -> status(client.get("/api/v1/unknown", token));
            case "POST /api/v1/push" -> status(client.push(token, List.of()));
            case "push ticket CREATE" -> answer(client.push(token, List.of(Ops.create(Ops.ticket(me, "CN")))));
            case "push ticket UPDATE" -> {
                Ticket ticket = Ops.ticket(authorId, "CN");
                client.push(author, List.of(Ops.create(ticket)));
                yield answer(client.push(token, List.of(Ops.update(ticket.id(), 1, Map.of("level", "URGENT")))));
            }
            case "push ticket_event" -> {
                Ticket ticket = Ops.ticket(authorId, "CN");
                client.push(author, List.of(Ops.create(ticket)));
                yield answer(client.push(token, List.of(Ops.event(ticket, me, "某人", "note"))));
            }
            case "push call_record" -> {
                CallRecord call = new CallRecord(Ops.id(), CallCategory.CONSULTATION, "note", me, "S07", Instant.now());
                yield answer(client.push(token, List.of(Ops.call(call))));
            }
            case "push roll_call_mark" -> {
                RollCallMark mark = new RollCallMark(Ops.id(), LocalDate.now(), "DAY", authorId, "A001", "李晓燕", "S07",
                        Mark.PRESENT, 0, me, "某人", Instant.now());
                yield answer(client.push(token, List.of(Ops.created("roll_call_mark", mark.id(), mark))));
            }
            case "push discipline_record" -> {
                DisciplineRecord record = new DisciplineRecord(Ops.id(), authorId, "A001", "李晓燕",
                        DisciplineRecord.Kind.LATE, LocalDate.now(), "DAY", 25, me, Instant.now());
                yield answer(client.push(token, List.of(Ops.created("discipline_record", record.id(), record))));
            }
            case "push duty_log_entry" -> {
                DutyLogEntry entry = new DutyLogEntry(Ops.id(), LocalDate.now(), "DAY", DutyLogCategory.EVENT, "note", me,
                        "某人", Instant.now());
                yield answer(client.push(token, List.of(Ops.created("duty_log_entry", entry.id(), entry))));
            }
            case "push escalation" -> {
                Role from = roleOf(caller);
                Escalation up = new Escalation(Ops.id(), LocalDate.now(), "DAY", me, "某人", from,
                        EscalationLadder.next(from).orElse(from), false, null, "a problem beyond my remit", Instant.now());
                yield answer(client.push(token, List.of(Ops.created("escalation", up.id(), up))));
            }
            case "feed ticket" -> {
                Ticket ticket = Ops.ticket(authorId, "CN");
                yield received(token, ticket.id(), () -> client.push(author, List.of(Ops.create(ticket))));
            }
            case "feed ticket_event" -> {
                Ticket ticket = Ops.ticket(authorId, "CN");
                client.push(author, List.of(Ops.create(ticket)));
                ObjectNode event = Ops.event(ticket, authorId, "李晓燕", "note");
                yield received(token, UUID.fromString(event.get("entityId").asText()),
                        () -> client.push(author, List.of(event)));
            }
            case "feed call_record" -> {
                CallRecord call = new CallRecord(Ops.id(), CallCategory.CONSULTATION, "note", authorId, "S07", Instant.now());
                yield received(token, call.id(), () -> client.push(author, List.of(Ops.call(call))));
            }
            case "feed handover_entry" -> {
                HandoverEntry entry = handoverEntry();
                yield received(token, entry.id(), () -> client.push(author, List.of(Ops.created("handover_entry", entry.id(), entry))));
            }
            case "feed notice" -> {
                Notice notice = notice(STAFF.get("SHIFT_MONITOR"));
                yield received(token, notice.id(), () -> client.push(TOKENS.get("SHIFT_MONITOR"),
                        List.of(Ops.created("notice", notice.id(), notice))));
            }
            case "feed kb_article" -> {
                HubClient.Reply probe = client.changes(token, 0, 1);
                if (probe.status() != 200) {
                    yield status(probe);
                }
                yield everyChange(token).stream().anyMatch(c -> c.get("entity").asText().equals("kb_article"))
                        ? "received" : "withheld"; // the demo hub publishes its articles at start
            }
            case "feed kb_material_chunk" -> { // R-KB-2, ADR 0023: the original material only to those who keep it
                String editor = TOKENS.get("KB_EDITOR");
                UUID editorId = STAFF.get("KB_EDITOR");
                byte[] file = "扫描件".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                var notice = new org.seatdesk.kb.editorial.Step(Ops.id(), Ops.id(), 1,
                        org.seatdesk.kb.editorial.EditorialAction.RECEIVE_NOTICE, editorId, "何志明", Instant.now(), "扫描件", "银行卡部");
                var header = new org.seatdesk.kb.editorial.Material(Ops.id(), notice.itemId(), "scan.pdf", "application/pdf",
                        file.length, null, editorId, "何志明", Instant.now(), 1, org.seatdesk.kb.editorial.MaterialChunks.sha256(file));
                var chunk = org.seatdesk.kb.editorial.MaterialChunks.chunk(Ops.id(), header.id(), file, 0);
                JsonNode first = client.push(editor, List.of(Ops.op("kb_step", notice.id(), "APPEND", 0, payload(notice)),
                        Ops.op("kb_material", header.id(), "APPEND", 0, payload(header)))).json();
                assertThat(first.at("/results/1/status").asText()).as(first.toString()).isEqualTo("accepted");
                yield received(token, chunk.id(), () -> client.push(editor,
                        List.of(Ops.op("kb_material_chunk", chunk.id(), "APPEND", 0, payload(chunk)))));
            }
            case "push roster_edit" -> { // ADR 0018: the department director schedules
                org.seatdesk.roster.RosterEdit edit = new org.seatdesk.roster.RosterEdit(Ops.id(), authorId,
                        LocalDate.now().plusDays(30), "DAY", "S07", me, Instant.now());
                yield answer(client.push(token, List.of(Ops.created("roster_edit", edit.id(), edit))));
            }
            default -> throw new IllegalArgumentException("no such row: " + endpoint);
        };
    }

    interface Push {
        HubClient.Reply run() throws Exception;
    }

    /// `received` if the record `id` that `push` writes reaches `token` on `/changes`, else
    /// `withheld`; the HTTP status for a caller without a valid token.
    private static String received(String token, UUID id, Push push) throws Exception {
        HubClient.Reply probe = client.changes(token, 0, 1);
        if (probe.status() != 200) {
            return status(probe);
        }
        long before = client.last(token);
        JsonNode answer = push.run().json().at("/results/0");
        assertThat(answer.get("status").asText()).as(answer.toString()).isEqualTo("accepted");
        return client.changes(token, before, 1000).body().contains(id.toString()) ? "received" : "withheld";
    }

    private static JsonNode payload(Object record) throws Exception {
        return Json.MAPPER.readTree(org.seatdesk.sync.Payloads.json(record));
    }

    private static List<JsonNode> everyChange(String token) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = client.changes(token, after, 1000).json();
            page.get("changes").forEach(all::add);
            after = page.get("last").asLong();
            if (!page.get("hasMore").asBoolean()) {
                return all;
            }
        }
    }

    private static HandoverEntry handoverEntry() {
        return new HandoverEntry(Ops.id(), HandoverCategory.DIFFICULT_PROBLEM, "王先生 13812345678 的终端还没修好",
                List.of(), authorId, "李晓燕", "S07", "CN", Instant.now());
    }

    private static Notice notice(UUID monitor) {
        Instant now = Instant.now();
        return new Notice(Ops.id(), NoticeKind.POLICY, "费率调整", "正文", now, now.plusSeconds(3600), monitor, "班长",
                "CN", now);
    }

    /// The role a column logs in as (the token columns are agents).
    private static Role roleOf(String caller) {
        return List.of("none", "expired", "forged").contains(caller) ? Role.AGENT : Role.valueOf(caller);
    }

    private static String status(HubClient.Reply reply) {
        if (reply.status() >= 400) {
            // Every refusal carries a code and a reason (hub-api.md, "Errors").
            assertThat(reply.json().get("error").asText()).isNotBlank();
            assertThat(reply.json().get("message").asText()).isNotBlank();
        }
        return Integer.toString(reply.status());
    }

    private static String answer(HubClient.Reply reply) {
        if (reply.status() != 200) {
            return status(reply);
        }
        JsonNode result = reply.json().get("results").get(0);
        return result.get("status").asText().equals("rejected") ? result.get("reason").asText() : result.get("status").asText();
    }

    private static List<String> columns() {
        List<String> header = cells(POLICY.lines().findFirst().orElseThrow());
        return header.subList(1, header.size());
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|")).map(String::strip).toList();
    }

    private static String forgedToken() {
        byte[] bytes = new byte[32];
        new Random(7).nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
