package org.seatdesk.roster.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.seatdesk.roster.EffectiveRoster;
import org.seatdesk.roster.RosterFacts;

/// R-SW-6: when a shift that came by a swap is left empty, both parties of the swap are recorded
/// absent. Roll call asks this for each person it marks absent.
public final class EmptySwappedShift {

    private EmptySwappedShift() {
    }

    /// Who is absent when `noShow` does not come to their shift of `day`: both parties of the
    /// swap that gave them the shift, or just them.
    public static List<UUID> absentees(RosterFacts facts, UUID noShow, LocalDate day) {
        return facts.effective().shift(noShow, day).filter(EffectiveRoster.Shift::swapped)
                .flatMap(s -> facts.swap(s.swapId()))
                .map(swap -> List.of(noShow, noShow.equals(swap.requesterId()) ? swap.partnerId() : swap.requesterId()))
                .orElse(List.of(noShow));
    }
}
