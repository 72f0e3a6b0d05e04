package org.seatdesk.hub;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/// A fresh PostgreSQL schema at SEATDESK_TEST_PG_URL (`.ci/run` sets it) for one hub, dropped on
/// close. Without the variable the calling test is skipped, saying why.
final class PgSchema implements AutoCloseable {

    static final String URL_VARIABLE = "SEATDESK_TEST_PG_URL";

    private final String baseUrl;
    private final String name;
    /// The JDBC URL for `hub --db`, pointing at the new schema.
    final String url;

    private PgSchema(String baseUrl, String name) {
        this.baseUrl = baseUrl;
        this.name = name;
        this.url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    static PgSchema createOrSkip() throws SQLException {
        String baseUrl = System.getenv(URL_VARIABLE);
        Assumptions.assumeTrue(baseUrl != null && !baseUrl.isBlank(),
                URL_VARIABLE + " is not set: PostgreSQL case skipped (bash .ci/run starts PostgreSQL and sets it)");
        String name = "hub_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        return new PgSchema(baseUrl, name);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + name + " CASCADE");
        }
    }
}
