package org.seatdesk.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.seatdesk.roster.RosterFile;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqRosterImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `seatdesk hub import-roster`: a real centre's shift types, work types, holidays, seats, squads
/// and plan into the hub's database (format: {@link RosterFile}; admin guide, "Where the hub's
/// roster comes from"). All or nothing: a file with any problem writes nothing and lists every
/// problem with its line. Consoles take the result with the directory at their next login (ADR 0024).
@Command(name = "import-roster", mixinStandardHelpOptions = true,
        description = "Import shift types, work types, holidays, seats, squads and the planned roster into the hub's database.")
final class ImportRosterCommand implements Callable<Integer> {

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The roster file (UTF-8; see the admin guide)")
    Path file;

    @Option(names = "--data", paramLabel = "DIR", description = "The hub's data directory (H2; default: SEATDESK_DATA or the per-user data folder)")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "The hub's PostgreSQL database instead (or SEATDESK_HUB_DB)")
    String db;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            System.err.println("seatdesk hub import-roster: cannot read " + file);
            return HubCommand.EXIT_BAD_CONFIGURATION;
        }
        RosterFile roster = RosterFile.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        String url = db != null ? db : System.getenv("SEATDESK_HUB_DB");
        JooqRosterImport.Result result;
        try (Database database = url != null ? Database.openUrl(url) : Database.openFile(DataDirectory.resolve(data), "hub")) {
            result = JooqRosterImport.apply(database, roster);
        }
        if (!result.problems().isEmpty()) {
            System.err.println("seatdesk hub import-roster: nothing imported from " + file + ":");
            result.problems().forEach(p -> System.err.println("  " + p));
            return HubCommand.EXIT_BAD_CONFIGURATION;
        }
        System.out.printf("Imported %d shift types, %d work types, %d holidays, %d seats, %d squads, %d squad members, "
                        + "%d planned shifts%n", result.shiftTypes(), result.workTypes(), result.holidays(), result.seats(),
                result.squads(), result.members(), result.planned());
        return 0;
    }
}
