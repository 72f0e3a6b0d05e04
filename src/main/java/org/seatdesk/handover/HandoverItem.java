package org.seatdesk.handover;

import java.util.List;
import java.util.UUID;

/// An entry with its acknowledgements, oldest first, as the handover page shows it.
public record HandoverItem(HandoverEntry entry, List<HandoverAck> acks) {

    public HandoverItem {
        acks = List.copyOf(acks);
    }

    /// R-SH-2: "the successor must be at the seat before the predecessor leaves it". We take a
    /// successor as present when someone other than the author acknowledged the entry while logged
    /// in at the entry's seat (the hub checks the seat against the login's session). An
    /// acknowledgement from another seat records that the entry was read, not that the seat is
    /// staffed. ADR 0015 says why this and not the roll call.
    public HandoverStatus status() {
        boolean completed = acks.stream().anyMatch(a -> !a.staffId().equals(entry.authorId())
                && a.seatCode().equals(entry.seatCode()));
        if (completed) {
            return HandoverStatus.COMPLETE;
        }
        return acks.isEmpty() ? HandoverStatus.OPEN : HandoverStatus.ACKNOWLEDGED;
    }

    public boolean acknowledgedBy(UUID staffId) {
        return acks.stream().anyMatch(a -> a.staffId().equals(staffId));
    }

    /// The author cannot acknowledge their own handover; anyone else once per seat (read at one
    /// seat, then taking over the entry's seat, is a second, meaningful acknowledgement).
    public boolean mayBeAcknowledgedBy(UUID staffId, String seatCode) {
        return !entry.authorId().equals(staffId)
                && acks.stream().noneMatch(a -> a.staffId().equals(staffId) && a.seatCode().equals(seatCode));
    }
}
