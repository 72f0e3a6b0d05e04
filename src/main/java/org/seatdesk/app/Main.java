package org.seatdesk.app;

import java.util.List;

import org.seatdesk.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/// `java -jar seatdesk.jar COMMAND`: one program, several faces and tools.
@Command(name = "seatdesk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "SeatDesk: operator console for call-centre rooms.")
public final class Main implements Runnable {

    /// The commands, in the order `--help` lists them.
    private static final List<String> COMMANDS = List.of("demo", "seat", "supervisor", "wall", "hub", "loadtest",
            "snapshot", "bench");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        JavaLoggingToLog.installOnFirstUse();
        System.exit(commandLine(args).execute(args));
    }

    /// The command line for `args`: with only the command they name when they name one, since
    /// picocli reads the annotations of every command it is given (a measurable part of each
    /// console start, docs/performance.md "Start-up pass 2"); with all of them otherwise (help,
    /// a mistyped command).
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            cli.addSubcommand(args[0], command(args[0]));
        } else {
            COMMANDS.forEach(name -> cli.addSubcommand(name, command(name)));
            cli.addSubcommand("help", new CommandLine.HelpCommand());
        }
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            if (error instanceof Database.NewerSchemaException) {
                command.getErr().println(error.getMessage()); // what to do, not a stack trace
                return Launch.EXIT_NEWER_DATA;
            }
            throw error;
        });
        return cli;
    }

    private static Object command(String name) {
        return switch (name) {
            case "demo" -> new DemoCommand();
            case "seat" -> new SeatCommand();
            case "supervisor" -> new SupervisorCommand();
            case "wall" -> new WallCommand();
            case "hub" -> new HubCommand();
            case "loadtest" -> new LoadTestCommand();
            case "snapshot" -> new SnapshotCommand();
            case "bench" -> new org.seatdesk.bench.BenchCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
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
