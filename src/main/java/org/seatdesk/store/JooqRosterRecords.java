package org.seatdesk.store;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.roster.Decision;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.RosterEdit;
import org.seatdesk.roster.RosterLedger;
import org.seatdesk.roster.RosterRecords;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;

/// The seat's roster: requests and decisions written with their outbox operation in one
/// transaction (sync principle 1), so a request made offline reaches the hub later.
public final class JooqRosterRecords implements RosterRecords {

    static final String LEAVE = "leave_request";
    static final String SWAP = "swap_request";
    static final String DECISION = "roster_decision";
    static final String EDIT = "roster_edit";

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
    public void submit(List<RosterEdit> edits) {
        dsl.transaction(cfg -> {
            JooqRosterLedger ledger = new JooqRosterLedger(cfg.dsl(), zone);
            for (RosterEdit edit : edits) {
                ledger.insert(edit);
                OutboxWriter.append(cfg.dsl(), OutboxOperation.create(EDIT, edit.id(), Payloads.json(edit),
                        UUID.randomUUID(), edit.editedAt()));
            }
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
