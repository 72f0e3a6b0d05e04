package org.seatdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqStaffRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.testing.MutableClock;
import org.seatdesk.ticket.Author;

/// R-SEC-1: only staff may use the console; login against a real H2 file with Argon2id hashes.
class AuthServiceTest {

    private static final String PASSWORD = "坐席-2026!";
    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String HASH = HASHER.hash(PASSWORD);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T00:30:00Z"));
    private Database db;
    private UUID agentId;

    @BeforeEach
    void openDatabaseWithStaff() {
        db = Database.openFile(dir, "seat");
        TestData.insertDesk(db, "HQ", "BJ");
        agentId = TestData.insertStaff(db, "A001", "王伟", "HQ", "S07", HASH, true);
        TestData.insertStaff(db, "A002", "刘洋", "HQ", null, HASH, true);
        TestData.insertStaff(db, "A003", "陈静", "HQ", "S09", HASH, false);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AuthService auth(String consoleSeat) {
        return new AuthService(new JooqStaffRepository(db), HASHER, new LoginThrottle(clock), clock, consoleSeat);
    }

    @Test
    void rightPasswordOpensASessionAtTheConsolesSeat() {
        LoginResult result = auth("S12").login("A001", PASSWORD);

        assertThat(result).isInstanceOfSatisfying(LoginResult.Success.class, success -> {
            Session session = success.session();
            assertThat(session.staff().id()).isEqualTo(agentId);
            assertThat(session.seatCode()).isEqualTo("S12");
            assertThat(session.since()).isEqualTo(clock.instant());
            // R-TK-13: the author recorded on tickets carries desk and region from the desk table
            assertThat(session.author()).isEqualTo(new Author(agentId, "王伟", "S12", "HQ", "BJ"));
        });
    }

    @Test
    void withoutAConsoleSeatThePersonsUsualSeatIsUsedAndS00WhenTheyHaveNone() {
        AuthService auth = auth(null);
        assertThat(auth.login("A001", PASSWORD)).isInstanceOfSatisfying(LoginResult.Success.class,
                s -> assertThat(s.session().seatCode()).isEqualTo("S07"));
        assertThat(auth.login("A002", PASSWORD)).isInstanceOfSatisfying(LoginResult.Success.class,
                s -> assertThat(s.session().seatCode()).isEqualTo("S00"));
    }

    @Test
    void staffNumberIsFoundWhateverItsCaseOrSurroundingSpaces() {
        assertThat(auth(null).login("  a001 ", PASSWORD)).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void wrongPasswordAndUnknownStaffNumberAreRefusedAlike() {
        // R-SEC-1: the answer does not reveal which staff numbers exist
        AuthService auth = auth(null);
        assertThat(auth.login("A001", "wrong")).isEqualTo(new LoginResult.Refused(Duration.ZERO));
        assertThat(auth.login("Z999", PASSWORD)).isEqualTo(new LoginResult.Refused(Duration.ZERO));
    }

    @Test
    void inactiveStaffWithTheRightPasswordIsToldSoButWithAWrongPasswordIsRefused() {
        AuthService auth = auth(null);
        assertThat(auth.login("A003", PASSWORD)).isInstanceOf(LoginResult.Inactive.class);
        assertThat(auth.login("A003", "wrong")).isInstanceOf(LoginResult.Refused.class);
    }

    @Test
    void thirdFailureImposesAWaitDuringWhichEvenTheRightPasswordIsNotChecked() {
        AuthService auth = auth(null);
        auth.login("A001", "wrong-1");
        auth.login("A001", "wrong-2");
        assertThat(auth.login("A001", "wrong-3")).isEqualTo(new LoginResult.Refused(Duration.ofSeconds(1)));

        assertThat(auth.login("A001", PASSWORD)).isEqualTo(new LoginResult.Throttled(Duration.ofSeconds(1)));

        clock.advance(Duration.ofSeconds(1));
        assertThat(auth.login("A001", PASSWORD)).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void successfulLoginResetsTheThrottle() {
        AuthService auth = auth(null);
        auth.login("A001", "wrong-1");
        auth.login("A001", "wrong-2");
        assertThat(auth.login("A001", PASSWORD)).isInstanceOf(LoginResult.Success.class);
        // had the two failures been kept, this third one would impose a wait
        assertThat(auth.login("A001", "wrong-3")).isEqualTo(new LoginResult.Refused(Duration.ZERO));
    }
}
