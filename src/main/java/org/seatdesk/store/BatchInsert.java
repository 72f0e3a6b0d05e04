package org.seatdesk.store;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/// Rows of one table in one JDBC batch, with the statement rendered once and every row bound to
/// it: `batchInsert(records)` renders the statement anew for each record, which is most of its
/// cost, and a batch of distinct statements makes H2 parse each one.
final class BatchInsert {

    private BatchInsert() {
    }

    static <T> void insert(DSLContext tx, List<T> rows, Function<T, ? extends TableRecord<?>> toRecord) {
        if (rows.isEmpty()) {
            return;
        }
        TableRecord<?> first = toRecord.apply(rows.getFirst());
        Field<?>[] columns = first.getTable().fields();
        BatchBindStep batch = tx.batch(tx.insertInto(first.getTable()).columns(columns).values(new Object[columns.length]));
        batch.bind(first.intoArray());
        rows.stream().skip(1).forEach(row -> batch.bind(toRecord.apply(row).intoArray()));
        batch.execute();
    }

    /// Replaces every column but `key` of the rows with these keys (whole-row updates by primary key).
    static <T, R extends TableRecord<R>> void updateById(DSLContext tx, TableField<R, UUID> key, List<T> rows,
                                                        Function<T, R> toRecord) {
        if (rows.isEmpty()) {
            return;
        }
        Table<R> table = key.getTable();
        List<Field<?>> columns = Arrays.stream(table.fields()).filter(f -> !f.equals(key)).toList();
        Map<Field<?>, Object> set = new LinkedHashMap<>();
        columns.forEach(f -> set.put(f, DSL.param(f.getName(), f.getDataType())));
        BatchBindStep batch = tx.batch(tx.update(table).set(set).where(key.eq(DSL.param(key.getName(), key.getDataType()))));
        for (T row : rows) {
            R record = toRecord.apply(row);
            Object[] values = new Object[columns.size() + 1];
            for (int i = 0; i < columns.size(); i++) {
                values[i] = record.get(columns.get(i));
            }
            values[columns.size()] = record.get(key);
            batch.bind(values);
        }
        batch.execute();
    }
}
