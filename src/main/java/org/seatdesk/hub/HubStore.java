package org.seatdesk.hub;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

import org.seatdesk.kb.Article;
import org.seatdesk.ticket.CallRecord;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;

/// What the hub needs from its database; implemented with jOOQ in `store` (only store and hub
/// touch SQL).
public interface HubStore {

    void saveSession(String tokenHash, UUID staffId, String seatCode, Instant createdAt, Instant expiresAt);

    /// The caller behind a token hash, if the session exists and has not expired at `now`.
    Optional<Caller> caller(String tokenHash, Instant now);

    int deleteExpiredSessions(Instant now);

    /// This centre's id (ADR 0037): made once, at random, by the first hub to ask on this
    /// database, and the same for every hub sharing it. A seat of another centre refuses to sync.
    UUID centreId();

    /// Staff (without password hashes), desks, settings, the ticket counters of `seatCode` of the
    /// last days before `now`, and the roster around `now`'s day in the centre's zone (ADR 0024).
    /// Counters count only tickets of `region`, the roster only its people (null: every region).
    org.seatdesk.sync.Directory directory(String seatCode, String region, Instant now);

    /// Runs `work` in one transaction; it commits (durably) before this returns. Writes made
    /// through the transaction may be buffered until `work` returns (they are all in the commit).
    <T> T inTransaction(Function<PushTransaction, T> work);

    /// The highest committed sequence number: every change up to it is visible.
    long lastSeq();

    /// Changes with `after < seq <= upTo`, in order, at most `limit`; only `region` unless null.
    List<Change> changesAfter(long after, long upTo, String region, int limit);

    /// The work of one push batch, inside its transaction.
    interface PushTransaction {

        /// Locks the sequence counter until commit and returns its value: writers queue here,
        /// so sequence numbers commit in order (sync principle 3).
        long lockCounter();

        void setCounter(long lastSeq);

        /// The seq an op id was applied with, if it was.
        OptionalLong appliedSeq(UUID opId);

        /// The seqs of those of `opIds` applied already (in one query: a batch's dedupe, sync principle 2).
        java.util.Map<UUID, Long> appliedSeqs(java.util.Collection<UUID> opIds);

        /// Reads (and locks) up front, in one query per table, the rows a batch's ops name, so the
        /// per-op checks that follow need no round trip of their own (ADR 0019).
        void prefetch(BatchKeys keys);

        void recordOp(UUID opId, long seq, UUID staffId, Instant at);

        void appendChange(Change change, String fields, UUID opId, UUID staffId, Instant at);

        /// A ticket with this id, or with this number (either may be null: not asked).
        boolean ticketExists(UUID id, String number);

        /// The highest counter of `seatCode` on `day` among the hub's ticket numbers and seeded
        /// counters, 0 if none (R-TK-8; a duplicate number is given the next, DuplicateNumbers).
        int highestCounter(String seatCode, java.time.LocalDate day);

        /// Every ticket the hub holds (the demo's seeded tickets enter the feed once, `DemoFeed`).
        List<Ticket> allTickets();

        /// The ticket, locked until commit.
        Optional<Ticket> ticketForUpdate(UUID id);

        void insertTicket(Ticket ticket);

        void updateTicket(Ticket ticket);

        /// Ticket fields changed after `version`, with the staff number of the latest change of each.
        List<FieldChange> fieldChangesAfter(UUID ticketId, int version);

        boolean eventExists(UUID id);

        void insertEvent(TicketEvent event);

        boolean callRecordExists(UUID id);

        void insertCallRecord(CallRecord record);

        /// The roster's requests and decisions, inside this transaction (issue 5), in the centre's zone.
        org.seatdesk.roster.RosterLedger roster();

        /// The centre's roster rules (notice periods, swaps a month, rest), as its seats apply them.
        org.seatdesk.roster.RosterPolicy rosterPolicy();
        /// The handover log and notices (R-SH-2, R-SH-3), in this transaction.
        ShiftLogHubStore shiftLog();
        /// The published article, if the hub has it (live or removed).
        Optional<Article> kbArticle(UUID id);

        /// Inserts or replaces the published article (kb_article PUBLISH).
        void publishKbArticle(Article article);

        /// R-KB-2: marks it removed; the row stays.
        void removeKbArticle(UUID id, Instant at);

        /// The knowledge-base editors' records (R-KB-1, R-KB-2).
        KbEditorialTx kbEditorial();

        /// Roll call, discipline, duty log and escalations, inside this transaction (issue 5).
        RoomLedger room();

        /// Tells other hubs on the same database that the sequence moved (once per batch).
        void notifyOtherHubs(long lastSeq);
    }

    record FieldChange(int version, List<String> fields, String staffNo) {
    }

    /// The rows a push batch names: tickets by id and by number (CREATE), ticket events and call records by id.
    record BatchKeys(java.util.Set<UUID> tickets, java.util.Set<String> numbers, java.util.Set<UUID> events,
                     java.util.Set<UUID> callRecords) {
    }
}
