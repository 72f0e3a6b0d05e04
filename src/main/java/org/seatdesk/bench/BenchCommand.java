package org.seatdesk.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/// `seatdesk bench …`: the foundation's benchmarks (docs/performance.md). Each one works on its
/// own fresh data directory with its own generated data, and with `--json` prints one JSON
/// object on stdout. Not part of the test command; `bench/*.sh` wrap them.
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: save latency, queue filter/search at scale, resident memory, roster week, knowledge-base search and its keystroke-to-results in the console, hub throughput and catch-up.",
        subcommands = {SaveBench.class, QueueBench.class, MemoryBench.class, SeedData.class, RosterBench.class, WallBench.class, KbBench.class,
                KbUiBench.class, HubThroughputBench.class, CatchUpBench.class, KbMaterialBench.class, DirectoryBench.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
