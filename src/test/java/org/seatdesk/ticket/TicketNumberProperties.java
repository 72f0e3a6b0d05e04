package org.seatdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/// R-TK-8 and sync principle 5 for every input, not just the examples of TicketNumberTest.
class TicketNumberProperties {

    record Key(TicketType type, LocalDate day, String seat, int counter) {

        String number() {
            return TicketNumber.format(type, day, seat, counter);
        }
    }

    @Provide
    Arbitrary<String> seatCodes() {
        Arbitrary<Character> first = Arbitraries.chars().range('A', 'Z');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(7);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        // four-digit years: the numbers of a centre's lifetime
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2199, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Key> keys() {
        return Combinators.combine(Arbitraries.of(TicketType.class), days(), seatCodes(),
                Arbitraries.integers().between(1, 200_000).edgeCases(c -> c.add(9999).add(10_000)))
                .as(Key::new);
    }

    /// Near-duplicates: keys that differ from a given one in a single component, the likeliest clashes.
    @Provide
    Arbitrary<Key[]> neighbours() {
        return keys().flatMap(k -> Arbitraries.oneOf(
                Arbitraries.of(TicketType.class).map(t -> new Key[] {k, new Key(t, k.day(), k.seat(), k.counter())}),
                days().map(d -> new Key[] {k, new Key(k.type(), d, k.seat(), k.counter())}),
                seatCodes().map(s -> new Key[] {k, new Key(k.type(), k.day(), s, k.counter())}),
                Arbitraries.integers().between(1, 200_000)
                        .map(c -> new Key[] {k, new Key(k.type(), k.day(), k.seat(), c)}),
                // the seat and counter boundary shifted by one character: "S071-0042" vs "S07-10042"
                Arbitraries.just(new Key[] {k, new Key(k.type(), k.day(),
                        k.seat().length() < 8 ? k.seat() + "1" : k.seat().substring(0, 7), k.counter())})));
    }

    @Property
    void everyGeneratedNumberMatchesTheFormat(@ForAll("keys") Key key) {
        String number = key.number();
        assertThat(number).matches(TicketNumber.FORMAT);
        assertThat(TicketNumber.isValid(number)).isTrue();
        assertThat(number.charAt(0)).isEqualTo(key.type().letter());
        assertThat(TicketType.ofLetter(number.charAt(0))).isEqualTo(key.type());
    }

    @Property
    void numberCarriesItsPartsInOrder(@ForAll("keys") Key key) {
        String[] parts = key.number().split("-");
        assertThat(parts).hasSize(4);
        assertThat(LocalDate.parse(parts[1], java.time.format.DateTimeFormatter.BASIC_ISO_DATE)).isEqualTo(key.day());
        assertThat(parts[2]).isEqualTo(key.seat());
        assertThat(Integer.parseInt(parts[3])).isEqualTo(key.counter());
    }

    @Property
    void distinctKeysGiveDistinctNumbers(@ForAll("keys") Key a, @ForAll("keys") Key b) {
        Assume.that(!a.equals(b));
        assertThat(a.number()).isNotEqualTo(b.number());
    }

    @Property
    void keysDifferingInOneComponentGiveDistinctNumbers(@ForAll("neighbours") Key[] pair) {
        Assume.that(!pair[0].equals(pair[1]));
        assertThat(pair[0].number()).isNotEqualTo(pair[1].number());
    }

    @Property
    void seatCodesOutsideTheFormatAreRefused(@ForAll String seat) {
        Assume.that(!seat.matches("[A-Z][A-Z0-9]{1,7}"));
        assertThatThrownBy(() -> TicketNumber.format(TicketType.COMPLAINT, LocalDate.of(2026, 11, 22), seat, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
