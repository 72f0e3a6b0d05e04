package org.seatdesk.ticket;

/// Ticket types and the letter each carries in its number (R-TK-8).
public enum TicketType {
    CONSULTATION('Z'),
    COMPLAINT('T'),
    SUGGESTION('J'),
    PRAISE('B'),
    BUSINESS_REQUEST('Y');

    private final char letter;

    TicketType(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    public static TicketType ofLetter(char letter) {
        for (TicketType type : values()) {
            if (type.letter == Character.toUpperCase(letter)) {
                return type;
            }
        }
        throw new IllegalArgumentException("No ticket type has the letter " + letter);
    }
}
