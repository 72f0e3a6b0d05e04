package org.seatdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatdesk.store.jooq.Tables.OUTBOX;
import static org.seatdesk.store.jooq.Tables.SYNC_CONFLICT;
import static org.seatdesk.store.jooq.Tables.TICKET_EVENT;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.sync.HubWire.FieldConflict;
import org.seatdesk.sync.HubWire.PushResult;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.SyncStore;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.testing.MutableClock;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.DispatchKind;
import org.seatdesk.ticket.HandlingStatus;
import org.seatdesk.ticket.InvalidTicketException;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketConflict;
import org.seatdesk.ticket.TicketConflicts;
import org.seatdesk.ticket.TicketEdit;
import org.seatdesk.ticket.TicketEvent;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ticket.TicketStatus;

/// Editing a ticket at a seat (issue 4): the row, its history (R-TK-13) and an UPDATE carrying
/// only the changed fields commit together (sync principle 1); a conflict the hub answered is
/// resolved by a person, never silently (sync principle 6).
class TicketEditTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Fixtures.MORNING);
    private final Author s07 = Fixtures.author("S07");
    private Database db;
    private TicketService service;
    private TicketConflicts conflicts;

    @BeforeEach
    void open() {
        db = Database.openFile(dir, "seat");
        service = new TicketService(new JooqTicketRepository(db), Fixtures.shippedValidator(), clock,
                Fixtures.CENTRE_ZONE, new TimeOrderedIds(clock));
        conflicts = new TicketConflicts(new JooqTicketConflictRepository(db), service, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEditWritesTheTicketItsHistoryAndAnUpdateOfOnlyTheChangedFields_R_TK_5_R_TK_6_R_TK_13() {
        Ticket ticket = service.register(Fixtures.completeDraft(), s07);
        clock.advance(Duration.ofMinutes(3));
        TicketEdit edit = new TicketEdit(ticket.level(), ticket.installAddress(), ticket.contactPerson(), "13900001111",
                ticket.description(), TicketStatus.DISPATCHED, HandlingStatus.UNPROCESSED, DispatchKind.DIRECT, "赵强");

        Ticket saved = service.update(ticket.id(), edit, s07);

        assertThat(saved.contactPhone()).isEqualTo("13900001111");
        assertThat(saved.dispatchedAt()).as("R-TK-4's clock stops at the dispatch").isEqualTo(clock.instant());
        assertThat(saved.version()).as("versions are the hub's").isEqualTo(ticket.version());
        assertThat(service.find(ticket.id())).contains(saved);
        List<OutboxOperation> ops = new JooqOutboxRepository(db).oldest(10);
        OutboxOperation update = ops.stream().filter(op -> op.kind() == OutboxOperation.Kind.UPDATE).findFirst().orElseThrow();
        assertThat(update.baseVersion()).isEqualTo(ticket.version());
        JsonNode changes = Payloads.tree(update.payload()).get("changes");
        assertThat(changes.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("contactPhone", "status", "handlingStatus", "dispatchKind", "dispatchTarget",
                        "dispatchedAt");
        assertThat(Payloads.tree(update.payload()).get("previous").get("contactPhone").asText()).isEqualTo("13812345678");
        assertThat(service.history(ticket.id())).extracting(TicketEvent::kind)
                .containsExactly(TicketEvent.Kind.CREATED, TicketEvent.Kind.DISPATCHED, TicketEvent.Kind.HANDLING_REPORTED,
                        TicketEvent.Kind.UPDATED);
        // The registration's CREATED entry travels too (ADR 0013), then the three of this edit.
        assertThat(ops).filteredOn(op -> op.kind() == OutboxOperation.Kind.APPEND).hasSize(4);
    }

    @Test
    void anEditThatChangesNothingWritesNothing() {
        Ticket ticket = service.register(Fixtures.completeDraft(), s07);
        int before = new JooqOutboxRepository(db).pendingCount();

        service.update(ticket.id(), TicketEdit.of(ticket), s07);

        assertThat(new JooqOutboxRepository(db).pendingCount()).isEqualTo(before);
        assertThat(db.dsl().fetchCount(TICKET_EVENT)).isEqualTo(1);
    }

    @Test
    void aBadPhoneIsRefusedAndNothingIsWritten_R_TK_3() {
        Ticket ticket = service.register(Fixtures.completeDraft(), s07);
        int before = new JooqOutboxRepository(db).pendingCount();
        TicketEdit edit = new TicketEdit(ticket.level(), ticket.installAddress(), ticket.contactPerson(), "12345",
                ticket.description(), ticket.status(), null, null, null);

        assertThatThrownBy(() -> service.update(ticket.id(), edit, s07)).isInstanceOf(InvalidTicketException.class);
        assertThat(service.find(ticket.id()).orElseThrow().contactPhone()).isEqualTo("13812345678");
        assertThat(new JooqOutboxRepository(db).pendingCount()).isEqualTo(before);
    }

    @Test
    void applyMineSendsTheWholeEditAgainOnTheCurrentVersionAndClosesTheConflictInTheSameTransaction() {
        Ticket ticket = service.register(Fixtures.completeDraft(), s07);
        TicketConflict conflict = conflictOn(ticket, "13900001111", "13700002222");
        assertThat(conflicts.openCount()).isEqualTo(1);
        assertThat(conflict.fields()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("contactPhone");
            assertThat(f.mine().asText()).isEqualTo("13900001111");
            assertThat(f.theirs().asText()).isEqualTo("13700002222");
            assertThat(f.theirsBy()).isEqualTo("A002");
        });

        conflicts.applyMine(conflict, s07);

        assertThat(conflicts.openCount()).isZero();
        assertThat(service.find(ticket.id()).orElseThrow().contactPhone()).isEqualTo("13900001111");
        OutboxOperation resent = lastUpdate();
        assertThat(Payloads.tree(resent.payload()).get("changes").get("contactPhone").asText()).isEqualTo("13900001111");
        assertThat(Payloads.tree(resent.payload()).get("changes").get("contactPerson").asText()).isEqualTo("钱多多");
    }

    @Test
    void keepTheirsDropsOnlyTheClashingFieldAndStillSendsTheRest() {
        Ticket ticket = service.register(Fixtures.completeDraft(), s07);
        TicketConflict conflict = conflictOn(ticket, "13900001111", "13700002222");

        conflicts.keepTheirs(conflict, s07);

        assertThat(conflicts.openCount()).isZero();
        assertThat(db.dsl().fetchOne(SYNC_CONFLICT).getResolvedAt()).isNotNull();
        Ticket now = service.find(ticket.id()).orElseThrow();
        assertThat(now.contactPhone()).as("theirs stays").isEqualTo("13700002222");
        assertThat(now.contactPerson()).isEqualTo("钱多多");
        JsonNode changes = Payloads.tree(lastUpdate().payload()).get("changes");
        assertThat(changes.has("contactPhone")).isFalse();
        assertThat(changes.get("contactPerson").asText()).isEqualTo("钱多多");
    }

    /// The seat edited phone and person; the hub answered a conflict on the phone (someone else
    /// set theirs first). The outbox op has gone to sync_conflict as JooqSyncRepository.settle does it.
    private TicketConflict conflictOn(Ticket ticket, String mine, String theirs) {
        clock.advance(Duration.ofMinutes(1));
        service.update(ticket.id(), new TicketEdit(ticket.level(), ticket.installAddress(), "钱多多", mine,
                ticket.description(), ticket.status(), null, null, null), s07);
        OutboxOperation op = lastUpdate();
        // what the pull then brings: the hub's ticket, with their phone and without this seat's edit
        db.dsl().update(org.seatdesk.store.jooq.Tables.TICKET)
                .set(org.seatdesk.store.jooq.Tables.TICKET.CONTACT_PHONE, theirs)
                .set(org.seatdesk.store.jooq.Tables.TICKET.CONTACT_PERSON, ticket.contactPerson())
                .where(org.seatdesk.store.jooq.Tables.TICKET.ID.eq(ticket.id())).execute();
        PushResult answer = new PushResult(op.opId(), PushResult.CONFLICT, null,
                List.of(new FieldConflict("contactPhone", Payloads.tree("\"" + mine + "\""),
                        Payloads.tree("\"" + theirs + "\""), "A002")), null, null);
        new JooqSyncRepository(db).settle(List.of(new SyncStore.Answered(op, answer)), clock.instant());
        db.dsl().deleteFrom(OUTBOX).execute();
        return conflicts.open().getFirst();
    }

    private OutboxOperation lastUpdate() {
        return new JooqOutboxRepository(db).oldest(100).stream()
                .filter(op -> op.kind() == OutboxOperation.Kind.UPDATE).reduce((a, b) -> b).orElseThrow();
    }
}
