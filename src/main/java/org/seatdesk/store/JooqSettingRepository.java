package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.SETTING;

import java.util.Map;

import org.jooq.DSLContext;
import org.seatdesk.settings.SettingRepository;

public final class JooqSettingRepository implements SettingRepository {

    private final DSLContext dsl;

    public JooqSettingRepository(Database database) {
        this.dsl = database.dsl();
    }

    /// Inside a transaction (the hub reads the centre's rules where it applies a push).
    JooqSettingRepository(DSLContext transaction) {
        this.dsl = transaction;
    }

    @Override
    public Map<String, String> all() {
        return dsl.selectFrom(SETTING).fetchMap(SETTING.NAME, SETTING.VAL);
    }

    @Override
    public void put(String name, String value) {
        dsl.mergeInto(SETTING).using(org.jooq.impl.DSL.selectOne()).on(SETTING.NAME.eq(name))
                .whenMatchedThenUpdate().set(SETTING.VAL, value)
                .whenNotMatchedThenInsert(SETTING.NAME, SETTING.VAL).values(name, value)
                .execute();
    }
}
