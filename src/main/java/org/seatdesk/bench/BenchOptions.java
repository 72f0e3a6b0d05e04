package org.seatdesk.bench;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/// Options every benchmark takes.
final class BenchOptions {

    @Option(names = "--json", description = "Print one JSON object instead of text")
    boolean json;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Empty folder for the data (default: a new temporary folder, deleted afterwards)")
    Path dir;

    @Option(names = "--keep", description = "Keep the data folder afterwards")
    boolean keep;

    @Option(names = "--seed", defaultValue = "20261124", description = "Seed of the generated data (default: ${DEFAULT-VALUE})")
    long seed;
}
