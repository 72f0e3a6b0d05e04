package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.SHIFT_ASSIGNMENT;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.roster.Decision;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.RosterLedger;
import org.seatdesk.roster.RosterRecords;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.store.jooq.tables.records.ShiftAssignmentRecord;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;

/// The seat's roster: requests and decisions written with their outbox operation in one
/// transaction (sync principle 1), so a request made offline reaches the hub later.
public final class JooqRosterRecords implements RosterRecords {

    static final String LEAVE = "leave_request";
    static final String SWAP = "swap_request";
    static final String DECISION = "roster_decision";

    private final DSLContext dsl;
    private final ZoneId zone;

    public JooqRosterRecords(Database database, ZoneId zone) {
        this.dsl = database.dsl();
        this.zone = zone;
    }

    @Override
    public RosterLedger ledger() {
        return new JooqRosterLedger(dsl, zone);
    }

    @Override
    public void submit(LeaveRequest leave) {
        dsl.transaction(cfg -> {
            new JooqRosterLedger(cfg.dsl(), zone).insert(leave);
            OutboxWriter.append(cfg.dsl(), OutboxOperation.create(LEAVE, leave.id(), Payloads.json(leave),
                    UUID.randomUUID(), leave.requestedAt()));
        });
    }

    @Override
    public void submit(SwapRequest swap) {
        dsl.transaction(cfg -> {
            new JooqRosterLedger(cfg.dsl(), zone).insert(swap);
            OutboxWriter.append(cfg.dsl(), OutboxOperation.create(SWAP, swap.id(), Payloads.json(swap),
                    UUID.randomUUID(), swap.requestedAt()));
        });
    }

    @Override
    public void submit(Decision decision) {
        dsl.transaction(cfg -> {
            new JooqRosterLedger(cfg.dsl(), zone).insert(decision);
            OutboxWriter.append(cfg.dsl(), OutboxOperation.create(DECISION, decision.id(), Payloads.json(decision),
                    UUID.randomUUID(), decision.decidedAt()));
        });
    }

    @Override
    public void plan(UUID staffId, LocalDate day, String shiftCode, String seatCode) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.STAFF_ID.eq(staffId).and(SHIFT_ASSIGNMENT.WORK_DAY.eq(day)))
                    .execute();
            if (shiftCode != null) {
                tx.executeInsert(new ShiftAssignmentRecord(staffId, day, shiftCode, seatCode));
            }
        });
    }

    @Override
    public int copyWeek(LocalDate fromMonday, LocalDate toMonday) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.WORK_DAY.between(toMonday, toMonday.plusDays(6))).execute();
            var source = tx.selectFrom(SHIFT_ASSIGNMENT)
                    .where(SHIFT_ASSIGNMENT.WORK_DAY.between(fromMonday, fromMonday.plusDays(6))).fetch();
            long shift = java.time.temporal.ChronoUnit.DAYS.between(fromMonday, toMonday);
            for (ShiftAssignmentRecord r : source) {
                tx.executeInsert(new ShiftAssignmentRecord(r.getStaffId(), r.getWorkDay().plusDays(shift), r.getShiftCode(),
                        r.getSeatCode()));
            }
            return source.size();
        });
    }

    /// Applies a roster record pulled from the hub; false when this seat has it already.
    static boolean applyPulled(DSLContext tx, String entity, com.fasterxml.jackson.databind.JsonNode payload) {
        JooqRosterLedger ledger = new JooqRosterLedger(tx, java.time.ZoneOffset.UTC); // inserts only: no zone needed
        switch (entity) {
            case LEAVE -> {
                LeaveRequest leave = Payloads.read(payload, LeaveRequest.class);
                if (ledger.recordExists(leave.id())) {
                    return false;
                }
                ledger.insert(leave);
            }
            case SWAP -> {
                SwapRequest swap = Payloads.read(payload, SwapRequest.class);
                if (ledger.recordExists(swap.id())) {
                    return false;
                }
                ledger.insert(swap);
            }
            default -> {
                Decision decision = Payloads.read(payload, Decision.class);
                if (ledger.recordExists(decision.id())) {
                    return false;
                }
                ledger.insert(decision);
            }
        }
        return true;
    }
}
