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

    private final RenderFailures failures;

    private Main(RenderFailures failures) {
        this.failures = failures;
    }

    public static void main(String[] args) {
        JavaLoggingToLog.installOnFirstUse();
        RenderFailures failures = new RenderFailures();
        UncaughtToLog.install(failures);
        StandardErrorToLog.install(failures);
        int code = commandLine(failures, args).execute(args);
        failures.restartIfRequested();
        System.exit(code);
    }

    /// The command line for `args`: with only the command they name when they name one, since
    /// picocli reads the annotations of every command it is given (a measurable part of each
    /// console start, docs/performance.md "Start-up pass 2"); with all of them otherwise (help,
    /// a mistyped command).
    static CommandLine commandLine(String... args) {
        return commandLine(new RenderFailures(), args);
    }

    private static CommandLine commandLine(RenderFailures failures, String... args) {
        Main main = new Main(failures);
        CommandLine cli = new CommandLine(main);
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            cli.addSubcommand(args[0], main.command(args[0]));
        } else {
            COMMANDS.forEach(name -> cli.addSubcommand(name, main.command(name)));
            cli.addSubcommand("help", new CommandLine.HelpCommand());
        }
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            if (error instanceof Database.NewerSchemaException) {
                command.getErr().println(error.getMessage()); // what to do, not a stack trace
                return Launch.EXIT_NEWER_DATA;
            }
            if (error instanceof FxStart.ToolkitUnavailableException) {
                command.getErr().println(error.getMessage()); // what is missing, not a stack trace
                return Launch.EXIT_NO_DISPLAY;
            }
            throw error;
        });
        return cli;
    }

    private Object command(String name) {
        return switch (name) {
            case "demo" -> new DemoCommand(failures);
            case "seat" -> new SeatCommand(failures);
            case "supervisor" -> new SupervisorCommand(failures);
            case "wall" -> new WallCommand(failures);
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
