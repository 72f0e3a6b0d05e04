package org.seatdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/// R-TK-8 and sync principle 5: letter + date + seat + per-seat counter, unique without the hub.
class TicketNumberTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void complaintNumberHasTheDocumentedShape() {
        assertThat(TicketNumber.format(TicketType.COMPLAINT, DAY, "S07", 42)).isEqualTo("T-20261122-S07-0042");
    }

    @ParameterizedTest
    @CsvSource({"CONSULTATION, Z", "COMPLAINT, T", "SUGGESTION, J", "PRAISE, B", "BUSINESS_REQUEST, Y"})
    void everyTypeCarriesItsLetter(TicketType type, char letter) {
        // R-TK-8: consultation Z, complaint T, suggestion J, praise B, business request Y
        assertThat(type.letter()).isEqualTo(letter);
        assertThat(TicketNumber.format(type, DAY, "S07", 1)).isEqualTo(letter + "-20261122-S07-0001");
        assertThat(TicketType.ofLetter(letter)).isEqualTo(type);
        assertThat(TicketType.ofLetter(Character.toLowerCase(letter))).isEqualTo(type);
    }

    @Test
    void unknownLetterIsRefused() {
        assertThatThrownBy(() -> TicketType.ofLetter('X')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counterIsPaddedToFourDigitsAndGrowsBeyondThem() {
        assertThat(TicketNumber.format(TicketType.PRAISE, DAY, "S07", 1)).endsWith("-0001");
        assertThat(TicketNumber.format(TicketType.PRAISE, DAY, "S07", 9999)).endsWith("-9999");
        String big = TicketNumber.format(TicketType.PRAISE, DAY, "S07", 10000);
        assertThat(big).endsWith("-10000");
        assertThat(TicketNumber.isValid(big)).isTrue();
    }

    @Test
    void dateIsWrittenWithoutSeparators() {
        assertThat(TicketNumber.format(TicketType.SUGGESTION, LocalDate.of(2027, 1, 3), "S07", 5))
                .isEqualTo("J-20270103-S07-0005");
    }

    @ParameterizedTest
    @ValueSource(strings = {"S0", "S07", "A1", "HQ12345", "ABCDEFGH"})
    void wellFormedSeatCodesAreAccepted(String seat) {
        assertThat(TicketNumber.isValid(TicketNumber.format(TicketType.COMPLAINT, DAY, seat, 1))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "S", "s07", "7S", "S-07", "S 07", "ABCDEFGHI", "S07\n", "座位07"})
    void badSeatCodesAreRefused(String seat) {
        assertThatThrownBy(() -> TicketNumber.format(TicketType.COMPLAINT, DAY, seat, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Seat code");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void counterBelowOneIsRefused(int counter) {
        assertThatThrownBy(() -> TicketNumber.format(TicketType.COMPLAINT, DAY, "S07", counter))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"T-20261122-S07-0042", "Z-20261122-HQ1-12345", "B-20260101-AB-0001"})
    void isValidAcceptsWellFormedNumbers(String number) {
        assertThat(TicketNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-20261122-S07-0042", "T-2026112-S07-0042", "T-20261122-s07-0042", "T-20261122-S07-042",
            "T20261122S070042", "T-20261122-S07-0042 ", ""})
    void isValidRefusesMalformedNumbers(String number) {
        assertThat(TicketNumber.isValid(number)).isFalse();
    }
}
