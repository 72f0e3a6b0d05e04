package org.seatdesk.rollcall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.roster.EffectiveRoster;
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.Outcome;
import org.seatdesk.roster.RequestService;
import org.seatdesk.roster.RequestStatus;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.roster.Verdict;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.security.Staff;
import org.seatdesk.store.Database;
import org.seatdesk.store.DemoDataWriter;
import org.seatdesk.store.JooqRollCallRepository;
import org.seatdesk.store.JooqRosterRecords;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.testing.MutableClock;

/// Roll call wired to the roster as the consoles wire it (SeatContext): the effective roster with
/// approved swaps, and approved leave from the roster's decisions. Real H2 file, demo centre.
class RollCallWithRosterTest {

    private Database db;
    private MutableClock clock;
    private JooqRosterRecords records;
    private RequestService requests;
    private RollCallService rollCall;

    @AfterEach
    void close() {
        db.close();
    }

    private void open(Path dir) {
        clock = new MutableClock(java.time.Instant.now());
        db = Database.openFile(dir, "seat");
        new DemoDataWriter(db).seedIfEmpty(() -> new DemoCentre(DemoCentre.DEFAULT_SEED, clock, Fixtures.CENTRE_ZONE)
                .generate(new PasswordHasher()));
        records = new JooqRosterRecords(db, Fixtures.CENTRE_ZONE);
        TimeOrderedIds ids = new TimeOrderedIds(clock);
        requests = new RequestService(records, RosterPolicy.standard(), clock, ids);
        rollCall = new RollCallService(new JooqRollCallRepository(db), new RosterCrew(records), requests::onApprovedLeave,
                RollCallPolicy.REGULATIONS, clock, Fixtures.CENTRE_ZONE, ids);
    }

    @Test
    void leaveApprovedByTheDirectorShowsAtRollCallAndLatenessIsNoDiscipline_R_SH_1_R_SH_4(@TempDir Path dir) {
        open(dir);
        LocalDate today = LocalDate.now(Fixtures.CENTRE_ZONE);
        RosterFacts facts = records.ledger().facts(today, today.plusDays(20));
        Staff director = person(facts, "D001");
        // An agent's day shift at least three days ahead (every notice period kept), not touched by the demo's requests.
        EffectiveRoster.Shift shift = null;
        for (LocalDate d = today.plusDays(3); shift == null; d = d.plusDays(1)) {
            LocalDate day = d;
            shift = facts.effective().on(day, "DAY").stream()
                    .filter(s -> !s.onLeave() && !s.swapped() && !facts.isHoliday(day))
                    .filter(s -> facts.leaves().stream().noneMatch(l -> l.staffId().equals(s.assignment().staffId())
                            && l.covers(day)))
                    // R-SW-5: nor a day that a pending swap of theirs gives away
                    .filter(s -> facts.swaps().stream().noneMatch(w -> facts.status(w) == RequestStatus.PENDING
                            && (w.requesterId().equals(s.assignment().staffId()) && w.requesterDay().equals(day)
                            || w.partnerId().equals(s.assignment().staffId()) && w.partnerDay().equals(day))))
                    .filter(s -> facts.staff(s.assignment().staffId()).map(p -> p.staffNo().startsWith("A")).orElse(false))
                    .findFirst().orElse(null);
        }
        Staff agent = facts.staff(shift.assignment().staffId()).orElseThrow();
        LocalDate leaveDay = shift.assignment().workDay();
        Outcome asked = requests.askLeave(agent, agent.id(), LeaveKind.PERSONAL, leaveDay, leaveDay, false, null);
        assertThat(asked.refused()).isEmpty();
        assertThat(requests.decide(director, asked.savedId(), Verdict.APPROVED, null).refused()).isEmpty();

        clock.set(leaveDay.atTime(8, 25).atZone(Fixtures.CENTRE_ZONE).toInstant()); // 25 minutes into the shift
        RollCallService.Shift called = rollCall.currentShift(clock.instant()).orElseThrow();
        RollCallEntry onLeave = entryOf(called, agent.id());

        assertThat(onLeave.onLeave()).as("R-SH-1: approved leave shows as such").isTrue();
        assertThat(rollCall.mark(called, onLeave, Mark.LATE, director).discipline())
                .as("R-SH-4: late over 20 minutes, but with leave").isNull();
        assertThat(rollCall.mark(called, onLeave, Mark.ABSENT, director).mark().mark()).isEqualTo(Mark.ON_LEAVE);
        assertThat(rollCall.discipline(called)).isEmpty();
        RollCallEntry colleague = rollCall.sheet(called).entries().stream().filter(e -> !e.onLeave()).findFirst().orElseThrow();
        assertThat(rollCall.mark(called, colleague, Mark.LATE, director).discipline())
                .as("without leave it is a discipline record").isNotNull();
    }

    @Test
    void theTakerOfASwappedShiftIsCalledAndTheirAbsenceMarksBothAbsent_R_SW_6(@TempDir Path dir) {
        open(dir);
        LocalDate today = LocalDate.now(Fixtures.CENTRE_ZONE);
        RosterFacts facts = records.ledger().facts(today.minusDays(5), today.plusDays(20));
        SwapRequest swap = facts.swaps().stream().filter(s -> facts.status(s) == RequestStatus.APPROVED).findFirst()
                .orElseThrow(() -> new AssertionError("the demo centre has an approved swap"));
        // The requester gave their shift of requesterDay to the partner: the partner is called for it.
        EffectiveRoster.Shift taken = facts.effective().shift(swap.partnerId(), swap.requesterDay()).orElseThrow();
        assertThat(taken.swapped()).isTrue();
        var type = facts.shiftType(taken.assignment().shiftCode()).orElseThrow();
        clock.set(LocalDateTime.of(swap.requesterDay(), type.startsAt()).plusMinutes(5).atZone(Fixtures.CENTRE_ZONE).toInstant());
        RollCallService.Shift called = rollCall.currentShift(clock.instant()).orElseThrow();
        assertThat(called.type().code()).isEqualTo(type.code());
        Staff giver = facts.staff(swap.requesterId()).orElseThrow();
        Staff taker = facts.staff(swap.partnerId()).orElseThrow();

        RollCallEntry takerRow = entryOf(called, taker.id());
        assertThat(takerRow.swappedWith()).isEqualTo(giver.name());
        assertThat(rollCall.sheet(called).entries()).extracting(RollCallEntry::staffId)
                .as("the one who gave the shift away is not called for it").doesNotContain(giver.id());
        int before = TestData.outboxRows(db);

        RollCallService.Marked marked = rollCall.mark(called, takerRow, Mark.ABSENT, person(facts, "M001"));

        assertThat(marked.alsoAbsent()).singleElement().satisfies(m -> {
            assertThat(m.staffId()).isEqualTo(giver.id());
            assertThat(m.mark()).isEqualTo(Mark.ABSENT);
        });
        List<RollCallEntry> sheet = rollCall.sheet(called).entries();
        assertThat(sheet).filteredOn(e -> e.staffId().equals(taker.id()) || e.staffId().equals(giver.id()))
                .as("R-SW-6: both parties recorded absent").hasSize(2).allMatch(e -> e.mark() == Mark.ABSENT);
        assertThat(TestData.outboxRows(db) - before).as("both marks go to the hub (and the wall)").isEqualTo(2);
    }

    @Test
    void anAbsenceFromOnesOwnShiftMarksNobodyElse_R_SW_6(@TempDir Path dir) {
        open(dir);
        clock.set(LocalDate.now(Fixtures.CENTRE_ZONE).atTime(8, 5).atZone(Fixtures.CENTRE_ZONE).toInstant());
        clock.advance(Duration.ofDays(1));
        RollCallService.Shift called = rollCall.currentShift(clock.instant()).orElseThrow();
        RollCallEntry own = rollCall.sheet(called).entries().stream().filter(e -> e.swappedWith() == null && !e.onLeave())
                .findFirst().orElseThrow();
        RosterFacts facts = records.ledger().facts(called.day(), called.day());

        assertThat(rollCall.mark(called, own, Mark.ABSENT, person(facts, "M001")).alsoAbsent()).isEmpty();
    }

    private RollCallEntry entryOf(RollCallService.Shift shift, UUID staffId) {
        return rollCall.sheet(shift).entries().stream().filter(e -> e.staffId().equals(staffId)).findFirst()
                .orElseThrow(() -> new AssertionError(staffId + " is not on the sheet of " + shift));
    }

    private static Staff person(RosterFacts facts, String staffNo) {
        return facts.people().stream().filter(p -> p.staffNo().equals(staffNo)).findFirst().orElseThrow();
    }
}
