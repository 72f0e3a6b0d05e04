package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seatdesk.roster.Assignment;
import org.seatdesk.roster.RosterFile;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqHubStore;
import org.seatdesk.store.JooqRosterImport;
import org.seatdesk.store.TestData;

/// `hub import-roster` on the production database (ADR 0024): the upserts are portable SQL, and
/// importing the same file twice gives the same roster (R-SW-1 squads, the plan).
class RosterImportPostgresTest {

    @Test
    void aRosterFileImportsTwiceOnPostgresAndReachesTheDirectory() throws Exception {
        try (PgSchema schema = PgSchema.createOrSkip(); Database hub = Database.openUrl(schema.url)) {
            LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
            TestData.insertDesk(hub, "HQ", "CN");
            UUID agent = TestData.insertStaff(hub, "A100", "王芳", "HQ", "S07", "x", true);
            TestData.insertStaff(hub, "M100", "李强", "HQ", "S01", "x", true);
            RosterFile file = RosterFile.parse(List.of("shift,EARLY,早班,Early shift,06:00,14:00",
                    "work-type,INBOUND,呼入,Inbound", "holiday," + day + ",元旦,New Year's Day", "seat,S30,HQ,Main room",
                    "squad,SQ9,九组,Squad 9,M100", "member,A100,SQ9", "plan,A100," + day + ",EARLY,S30"));

            for (int round = 0; round < 2; round++) {
                assertThat(JooqRosterImport.apply(hub, file).problems()).isEmpty();
            }

            var roster = new JooqHubStore(hub).directory(null, null, Instant.now()).roster();
            assertThat(roster.toAssignments()).containsExactly(new Assignment(agent, day, "EARLY", "S30"));
            assertThat(roster.members()).hasSize(1);
            assertThat(roster.squads()).hasSize(1);
        }
    }
}
