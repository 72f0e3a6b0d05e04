package org.seatdesk.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/// `java -jar seatdesk.jar COMMAND`: one program, several faces and tools.
@Command(name = "seatdesk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "SeatDesk: operator console for call-centre rooms.",
        subcommands = {DemoCommand.class, SeatCommand.class, SupervisorCommand.class, WallCommand.class, HubCommand.class, LoadTestCommand.class, SnapshotCommand.class, org.seatdesk.bench.BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"SeatDesk " + (version == null ? "development build" : version)};
        }
    }
}
