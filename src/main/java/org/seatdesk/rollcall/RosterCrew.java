package org.seatdesk.rollcall;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.seatdesk.roster.EffectiveRoster;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterRecords;
import org.seatdesk.roster.rules.EmptySwappedShift;
import org.seatdesk.security.Staff;

/// The roll call's crew from the roster's records: the effective roster (planned, with approved
/// swaps), so the person who took a shift over is called, not the one who gave it away, and the
/// roster's rule R-SW-6 ({@link EmptySwappedShift}) for a swapped shift left empty.
public final class RosterCrew implements ShiftCrew {

    private final RosterRecords records;

    public RosterCrew(RosterRecords records) {
        this.records = records;
    }

    @Override
    public List<Rostered> rostered(LocalDate day, String shiftCode) {
        RosterFacts facts = records.ledger().facts(day, day);
        return facts.effective().on(day, shiftCode).stream()
                .map(shift -> person(facts, shift.assignment().staffId(), shift.assignment().seatCode(), swapPartner(facts, shift)))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing((Rostered r) -> r.seatCode() == null ? "~" : r.seatCode())
                        .thenComparing(Rostered::staffNo))
                .toList();
    }

    @Override
    public List<Rostered> absentWhenEmpty(UUID noShow, LocalDate day) {
        RosterFacts facts = records.ledger().facts(day, day);
        String noShowName = facts.staff(noShow).map(Staff::name).orElse(null);
        return EmptySwappedShift.absentees(facts, noShow, day).stream()
                .map(id -> id.equals(noShow) ? person(facts, id, null, null) : person(facts, id, null, noShowName))
                .filter(Objects::nonNull)
                .toList();
    }

    /// The other party's name when `shift` came by a swap, else null.
    private static String swapPartner(RosterFacts facts, EffectiveRoster.Shift shift) {
        if (!shift.swapped()) {
            return null;
        }
        UUID me = shift.assignment().staffId();
        return facts.swap(shift.swapId()).map(s -> me.equals(s.requesterId()) ? s.partnerId() : s.requesterId())
                .flatMap(facts::staff).map(Staff::name).orElse(null);
    }

    private static Rostered person(RosterFacts facts, UUID staffId, String seatCode, String swappedWith) {
        return facts.staff(staffId)
                .map(p -> new Rostered(p.id(), p.staffNo(), p.name(), seatCode != null ? seatCode : p.seatCode(), swappedWith))
                .orElse(null);
    }
}
