package org.seatdesk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.seatdesk.store.BenchSchema;
import picocli.CommandLine.Option;

/// Options of the benchmarks that run a real hub process (ADR 0019): its database, its JVM
/// options, and optionally another build's hub to compare with.
final class HubBenchOptions {

    @Option(names = "--db", defaultValue = "h2", paramLabel = "h2|JDBC_URL",
            description = "h2 (the hub's embedded file database) or jdbc:postgresql://HOST:PORT/DB?user=U&password=P: a new schema is made there and dropped afterwards (default: ${DEFAULT-VALUE})")
    String db;

    @Option(names = "--hub-jvm", defaultValue = "-Xmx1g", paramLabel = "OPTIONS",
            description = "JVM options of the hub process, space-separated (default: ${DEFAULT-VALUE})")
    String hubJvm;

    @Option(names = "--hub-jar", paramLabel = "JAR", description = "Run the hub of another build (to compare; default: this jar's)")
    Path hubJar;

    boolean h2() {
        return "h2".equalsIgnoreCase(db);
    }

    /// A new schema in the PostgreSQL database of `--db`, or null on H2.
    BenchSchema schema() {
        return h2() ? null : BenchSchema.create(db);
    }

    BenchHub start(BenchRun run, BenchSchema schema) throws IOException, InterruptedException {
        return BenchHub.start(run.dir.resolve("hub"), schema == null ? null : schema.url,
                Arrays.asList(hubJvm.trim().split("\\s+")), hubJar);
    }
}
