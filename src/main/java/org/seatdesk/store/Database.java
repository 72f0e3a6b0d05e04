package org.seatdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/// A local H2 file database, migrated by Flyway, reached through jOOQ.
///
/// `WRITE_DELAY=0`: H2's default delay lost acknowledged commits on every `kill -9` measured
/// here (design.md, durability facts); with 0 a commit is on disk before `commit()` returns.
/// Work must run on threads that are never interrupted ({@link DbExecutor}): an interrupt
/// closes H2's file channel.
public final class Database implements AutoCloseable {

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    /// The newest migration in `db/migration` (a test keeps the two in step). A database already
    /// at this version skips Flyway, whose start-up costs about a second on every console start.
    static final int SCHEMA_VERSION = 4;

    private Database(String url) {
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(8);
        if (schemaVersion(pool) != SCHEMA_VERSION) {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        }
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings()
                .withExecuteLogging(false)
                .withRenderSchema(false)
                .withDiagnosticsLogging(false));
    }

    /// Opens (creating if needed) the database `name` in `directory`.
    public static Database openFile(Path directory, String name) {
        return new Database(url(directory, name));
    }

    public static String url(Path directory, String name) {
        return "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath()
                + ";DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /// The version Flyway last applied, or -1 for a new database.
    private static int schemaVersion(DataSource source) {
        try (Connection c = source.getConnection();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            return r.next() ? r.getInt(1) : -1;
        } catch (SQLException noHistoryYet) {
            return -1;
        }
    }

    DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
