package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.roster.Assignment;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqHubStore;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.RosterDirectory;

/// `hub import-roster` (ADR 0024): a real centre's roster into the hub's database, all or
/// nothing, and what it wrote is in the directory consoles receive (R-SW-1 squads, R-SW-5
/// holidays, the plan); a day the director has edited is left to the edits.
class ImportRosterCommandTest {

    @Test
    void aRosterFileReachesTheDirectoryAndABadOneWritesNothingAndNamesEveryLine(@TempDir Path dir) throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
        UUID agent;
        try (Database hub = Database.openFile(dir, "hub")) {
            TestData.insertDesk(hub, "HQ", "CN");
            agent = TestData.insertStaff(hub, "A100", "王芳", "HQ", "S07", "x", true);
            TestData.insertStaff(hub, "M100", "李强", "HQ", "S01", "x", true);
        }
        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                shift,EARLY,早班,Early shift,6am,14:00
                plan,Z999,%s,DAY,S30
                squad,SQ8,八组,Squad 8
                """.formatted(day), StandardCharsets.UTF_8);
        Run refused = run(dir, bad);
        assertThat(refused.exit()).isEqualTo(HubCommand.EXIT_BAD_CONFIGURATION);
        assertThat(refused.err()).contains("line 1: '6am' is not a date (YYYY-MM-DD) or a time (HH:MM)",
                "line 3: 'squad' takes 4 fields, not 3");

        Path good = Files.writeString(dir.resolve("roster.csv"), """
                # the centre's roster
                shift,EARLY,早班,Early shift,06:00,14:00
                work-type,INBOUND,呼入,Inbound
                holiday,%s,元旦,New Year's Day
                seat,S30,HQ,Main room
                squad,SQ9,九组,Squad 9,M100
                member,A100,SQ9
                plan,A100,%s,EARLY,S30
                plan,A100,%s,-
                """.formatted(day.plusDays(1), day, day.plusDays(1)), StandardCharsets.UTF_8);
        Run imported = run(dir, good);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 planned shifts");

        try (Database hub = Database.openFile(dir, "hub")) {
            RosterDirectory roster = new JooqHubStore(hub).directory(null, null, Instant.now()).roster();
            assertThat(roster.toAssignments()).containsExactly(new Assignment(agent, day, "EARLY", "S30"));
            assertThat(roster.shiftTypes()).extracting(t -> t.code()).containsExactly("EARLY");
            assertThat(roster.squads()).singleElement().satisfies(q -> assertThat(q.code()).isEqualTo("SQ9"));
            assertThat(roster.members()).containsExactly(new RosterDirectory.Member(agent, "SQ9"));
            assertThat(roster.holidays()).extracting(h -> h.day()).containsExactly(day.plusDays(1));
            assertThat(roster.seats()).extracting(s -> s.code()).containsExactly("S30");
        }
        assertThat(run(dir, good).exit()).as("the same file again").isZero();

        // A day the director has edited in the grid: the edits are the plan there (ADR 0018).
        try (Database hub = Database.openFile(dir, "hub")) {
            new org.seatdesk.store.JooqRosterRecords(hub, ZoneId.of("Asia/Shanghai")).submit(java.util.List.of(
                    new org.seatdesk.roster.RosterEdit(UUID.randomUUID(), agent, day.plusDays(5), null, null, agent, Instant.now())));
        }
        Path overEdit = Files.writeString(dir.resolve("over-edit.csv"), "plan,A100," + day.plusDays(5) + ",EARLY,S30\n");
        Run kept = run(dir, overEdit);
        assertThat(kept.exit()).isEqualTo(HubCommand.EXIT_BAD_CONFIGURATION);
        assertThat(kept.err()).contains("line 1: A100 on " + day.plusDays(5) + " was edited in the roster grid; change it there");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Path dir, Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.commandLine("hub", "import-roster", "--data", dir.toString(), "--file", file.toString())
                    .execute("hub", "import-roster", "--data", dir.toString(), "--file", file.toString());
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
