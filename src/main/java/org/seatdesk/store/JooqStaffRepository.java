package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.DESK;
import static org.seatdesk.store.jooq.Tables.STAFF;

import java.util.Optional;

import org.jooq.DSLContext;
import org.seatdesk.security.Grade;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.security.StaffRepository;

public final class JooqStaffRepository implements StaffRepository {

    private final DSLContext dsl;

    public JooqStaffRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public Optional<Credentials> credentials(String staffNo) {
        return dsl.select(STAFF.asterisk(), DESK.REGION).from(STAFF).join(DESK).on(DESK.ID.eq(STAFF.DESK_ID))
                .where(STAFF.STAFF_NO.eq(staffNo))
                .fetchOptional(r -> new Credentials(new Staff(r.get(STAFF.ID), r.get(STAFF.STAFF_NO), r.get(STAFF.NAME),
                        Role.valueOf(r.get(STAFF.ROLE)), Grade.valueOf(r.get(STAFF.GRADE)), r.get(STAFF.WORK_TYPE),
                        r.get(STAFF.DESK_ID), r.get(DESK.REGION), r.get(STAFF.SEAT_CODE), r.get(STAFF.ACTIVE)),
                        r.get(STAFF.PASSWORD_HASH)));
    }
}
