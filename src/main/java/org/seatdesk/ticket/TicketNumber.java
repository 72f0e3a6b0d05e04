package org.seatdesk.ticket;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/// Human ticket numbers, unique without the hub (design.md, sync principle 5):
/// type letter + date + seat code + per-seat daily counter, e.g. `T-20261122-S07-0042` (R-TK-8).
public final class TicketNumber {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern SEAT_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");
    public static final Pattern FORMAT = Pattern.compile("[ZTJBY]-\\d{8}-[A-Z][A-Z0-9]{1,7}-\\d{4,}");

    private TicketNumber() {
    }

    public static String format(TicketType type, LocalDate day, String seatCode, int counter) {
        if (!SEAT_CODE.matcher(seatCode).matches()) {
            throw new IllegalArgumentException("Seat code must be a capital letter and up to 7 letters or digits: " + seatCode);
        }
        if (counter < 1) {
            throw new IllegalArgumentException("Counter starts at 1: " + counter);
        }
        return "%c-%s-%s-%04d".formatted(type.letter(), DAY.format(day), seatCode, counter);
    }

    /// The parts of a number: the day and seat code it was made at, and the seat's counter.
    public record Parts(LocalDate day, String seatCode, int counter) {
    }

    /// The parts of a valid number; empty for anything else.
    public static java.util.Optional<Parts> parse(String number) {
        if (number == null || !isValid(number)) {
            return java.util.Optional.empty();
        }
        String[] p = number.split("-");
        try {
            return java.util.Optional.of(new Parts(LocalDate.parse(p[1], DAY), p[2], Integer.parseInt(p[3])));
        } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    public static boolean isValid(String number) {
        return FORMAT.matcher(number).matches();
    }
}
