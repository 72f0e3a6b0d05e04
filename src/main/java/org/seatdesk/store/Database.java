package org.seatdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGConnectionPoolDataSource;

/// A local H2 file database, migrated by Flyway, reached through jOOQ.
///
/// `WRITE_DELAY=0`: H2's default delay lost acknowledged commits on every `kill -9` measured
/// here (design.md, durability facts); with 0 a commit is in the file (OS cache) before `commit()`
/// returns, so it survives a killed process; H2 does not fsync every commit (ADR 0004).
/// Work must run on threads that are never interrupted ({@link DbExecutor}): an interrupt
/// closes H2's file channel.
public final class Database implements AutoCloseable {

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final SQLDialect dialect;
    private String postgresUrl;

    /// The newest migration in `db/migration` (a test keeps the two in step). A database already
    /// at this version skips Flyway, whose start-up costs about a second on every console start.
    static final int SCHEMA_VERSION = 17;

    /// The name of a seat's database file: its queue's indexes carry the search keys (V15, ADR 0033).
    static final String SEAT = "seat";

    private Database(String url, String where, boolean seat) {
        this(JdbcConnectionPool.create(url, "sa", ""), where, SQLDialect.H2, 8, seat);
    }

    private Database(JdbcConnectionPool pool, String where, SQLDialect dialect, int maxConnections, boolean seat) {
        this.pool = pool;
        this.dialect = dialect;
        this.pool.setMaxConnections(maxConnections);
        int version = schemaVersion(pool);
        if (version > SCHEMA_VERSION) {
            pool.dispose();
            throw new NewerSchemaException(where, version);
        }
        if (version != SCHEMA_VERSION) {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .placeholders(queueIndexColumns(seat)).load().migrate();
        }
        this.dsl = DSL.using(pool, dialect, new Settings()
                .withExecuteLogging(false)
                .withRenderSchema(false)
                .withDiagnosticsLogging(false));
    }

    /// Opens (creating if needed) the database `name` in `directory`; "seat" is a seat's.
    public static Database openFile(Path directory, String name) {
        return new Database(url(directory, name), directory.resolve(name).toAbsolutePath() + ".mv.db", SEAT.equals(name));
    }

    /// V15's placeholders. A seat's queue-order index holds the search keys and each key's index
    /// the id, so that a short search prefix is tested in the index; the hub, which writes every
    /// ticket of the centre and never searches the queue, keeps the narrow indexes (ADR 0033).
    private static Map<String, String> queueIndexColumns(boolean seat) {
        return seat ? Map.of("seatQueueKeys", ", phone_key, terminal_key, merchant_key, barcode_key", "seatKeyId", ", id")
                : Map.of("seatQueueKeys", "", "seatKeyId", "");
    }

    /// Opens the database at a JDBC URL: `jdbc:postgresql://host:port/db?user=…&password=…` (the
    /// hub's production database; credentials in the URL, as the driver reads them) or a
    /// `jdbc:h2:` URL. The same migrations and jOOQ code serve both; the dialect follows the URL.
    public static Database openUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
            source.setURL(jdbcUrl);
            // the URL without its query, which holds the credentials
            Database database = new Database(JdbcConnectionPool.create(source), jdbcUrl.replaceFirst("\\?.*", ""),
                    SQLDialect.POSTGRES, 16, false);
            database.postgresUrl = jdbcUrl;
            return database;
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return new Database(jdbcUrl, jdbcUrl.replaceFirst(";.*", ""), false);
        }
        throw new IllegalArgumentException("Not a PostgreSQL or H2 JDBC URL (jdbc:postgresql://… or jdbc:h2:…)");
    }

    /// "h2" or "postgresql", as /health reports it.
    public String kind() {
        return dialect == SQLDialect.POSTGRES ? "postgresql" : "h2";
    }

    public boolean isPostgres() {
        return dialect == SQLDialect.POSTGRES;
    }

    public static String url(Path directory, String name) {
        return "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath()
                + ";DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /// A database that a newer SeatDesk has migrated (or one with a migration this build no longer
    /// has). Flyway would refuse it with a stack trace; the user is told what it is and what to do,
    /// and the file is left as it is.
    public static final class NewerSchemaException extends IllegalStateException {
        public NewerSchemaException(String where, int version) {
            super("The database " + where + " was written by a newer SeatDesk (schema version " + version
                    + "; this one knows up to " + SCHEMA_VERSION + "). Open it with that version, or start this one"
                    + " with --data pointing to another folder. The file has not been changed.");
        }
    }

    /// The version Flyway last applied, or -1 for a new database.
    private static int schemaVersion(DataSource source) {
        try (Connection c = source.getConnection()) {
            // Asked of the catalogue first: a failed query on a new database would leave an H2
            // trace file behind, which the admin guide says means "H2 met an error".
            try (ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return -1;
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
                return r.next() ? r.getInt(1) : -1;
            }
        } catch (SQLException noHistoryYet) {
            return -1;
        }
    }

    /// The URL for a dedicated connection outside the pool (PostgreSQL LISTEN), or null on H2.
    String postgresUrl() {
        return postgresUrl;
    }

    DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
