package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.SHIFT_ASSIGNMENT;
import static org.seatdesk.store.jooq.Tables.SHIFT_TYPE;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.roster.RosterRepository;
import org.seatdesk.roster.ShiftType;

public final class JooqRosterRepository implements RosterRepository {

    private final DSLContext dsl;

    public JooqRosterRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public Optional<ShiftType> shiftOn(UUID staffId, LocalDate workDay) {
        return dsl.select(SHIFT_TYPE.fields()).from(SHIFT_ASSIGNMENT)
                .join(SHIFT_TYPE).on(SHIFT_TYPE.CODE.eq(SHIFT_ASSIGNMENT.SHIFT_CODE))
                .where(SHIFT_ASSIGNMENT.STAFF_ID.eq(staffId).and(SHIFT_ASSIGNMENT.WORK_DAY.eq(workDay)))
                .fetchOptional(r -> new ShiftType(r.get(SHIFT_TYPE.CODE), r.get(SHIFT_TYPE.NAME_ZH),
                        r.get(SHIFT_TYPE.NAME_EN), r.get(SHIFT_TYPE.STARTS_AT), r.get(SHIFT_TYPE.ENDS_AT)));
    }
}
