package org.seatdesk.hub;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketNumber;

/// Sync principle 5 when its premise fails (ADR 0020): two consoles configured with the same seat
/// code, or a seat reinstalled offline, make the same ticket number for different tickets. The hub
/// keeps the number it received first and gives the later ticket the next free number of that
/// seat and day; the push answer says so (`number`, `renumberedFrom`), the seat takes the new
/// number into its own row and shows the change to the people at the seat. Nothing is refused,
/// so nothing typed is lost and the ticket's later edits and history still find it (by id).
final class DuplicateNumbers {

    private DuplicateNumbers() {
    }

    /// The next free number of the seat and day `taken` was made at, same type letter; empty when
    /// `taken` is not a number of the R-TK-8 shape (then there is nothing sensible to derive).
    static Optional<String> next(HubStore.PushTransaction tx, Ticket ticket) {
        return TicketNumber.parse(ticket.number()).map(parts -> TicketNumber.format(ticket.type(), parts.day(),
                parts.seatCode(), tx.highestCounter(parts.seatCode(), parts.day()) + 1));
    }

    static Ticket withNumber(Ticket ticket, String number) {
        ObjectNode tree = Json.MAPPER.valueToTree(ticket);
        tree.put("number", number);
        try {
            return Json.MAPPER.treeToValue(tree, Ticket.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /// The answer to a ticket CREATE names the number the hub stored when it differs from the one
    /// sent, also when a resent op is answered `duplicate` (the first answer may have been lost).
    static void describe(ObjectNode result, String sent, String stored) {
        if (sent != null && stored != null && !sent.equals(stored)) {
            result.put("number", stored).put("renumberedFrom", sent);
        }
    }
}
