package org.seatdesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/// A throw-away PostgreSQL schema for a hub benchmark, so that a bench never writes into the
/// schema that tests or a centre use: created at the start, dropped (with everything in it) at
/// the end.
public final class BenchSchema implements AutoCloseable {

    private final String baseUrl;
    private final String name;
    /// The JDBC URL for `hub --db`: the base URL with `currentSchema` set to the new schema.
    public final String url;

    private BenchSchema(String baseUrl, String name) {
        this.baseUrl = baseUrl;
        this.name = name;
        this.url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /// @param baseUrl `jdbc:postgresql://HOST:PORT/DB?user=U&password=P`
    public static BenchSchema create(String baseUrl) {
        if (!baseUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: jdbc:postgresql://HOST:PORT/DB?user=U&password=P");
        }
        String name = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        // plain JDBC: jOOQ would log its dialect warning into the bench's JSON on stdout
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a bench schema at " + withoutPassword(baseUrl) + ": " + e.getMessage(), e);
        }
        return new BenchSchema(baseUrl, name);
    }

    public String name() {
        return name;
    }

    private static String withoutPassword(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + name + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the bench schema " + name + ": " + e.getMessage(), e);
        }
    }
}
