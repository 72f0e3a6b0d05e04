package org.seatdesk.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `bench seed`: the child process of the memory benchmark, which seeds its data folder and
/// hands back the search terms in a file (see {@link BenchRun#seedInChildProcess}).
@Command(name = "seed", hidden = true, description = "Seed a benchmark data folder (used by bench memory).")
final class SeedData implements Callable<Integer> {

    @Option(names = "--dir", required = true)
    Path dir;

    @Option(names = "--tickets", defaultValue = "50000")
    int tickets;

    @Option(names = "--open", defaultValue = "100")
    int open;

    @Option(names = "--seed", defaultValue = "20261124")
    long seed;

    @Override
    public Integer call() throws Exception {
        BenchRun run = BenchRun.at(dir);
        run.seed(tickets, open, seed);
        run.writeSeedFile();
        return 0;
    }
}
