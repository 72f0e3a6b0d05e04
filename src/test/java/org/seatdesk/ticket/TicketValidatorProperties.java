package org.seatdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.ticket.FieldProblem.Problem.ONE_IDENTIFIER_REQUIRED;
import static org.seatdesk.ticket.FieldProblem.Problem.REQUIRED;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.seatdesk.testing.Fixtures;

/// R-TK-3 for generated drafts: well-formed passes, each blanked required field is reported at
/// that field alone, and no input whatever makes validation throw.
class TicketValidatorProperties {

    private static final Set<TicketField> REQUIRED_TEXT = EnumSet.of(TicketField.INSTALL_ADDRESS,
            TicketField.CONTACT_PERSON, TicketField.CONTACT_PHONE, TicketField.DESCRIPTION);
    private static final Set<TicketField> IDENTIFIERS = EnumSet.of(TicketField.TERMINAL_ID, TicketField.MERCHANT_ID,
            TicketField.POS_BARCODE);

    private final TicketValidator validator = Fixtures.shippedValidator();

    // ---- generators of well-formed values (the shipped formats of defaults.properties) ----

    private static Arbitrary<String> digits(int min, int max) {
        return Arbitraries.strings().numeric().ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<String> alnum(int min, int max) {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(min).ofMaxLength(max);
    }

    /// Text people type: Chinese, Latin letters, digits, inner spaces and punctuation; never blank.
    private static Arbitrary<String> text(int maxLength) {
        Arbitrary<Character> visible = Arbitraries.oneOf(Arbitraries.chars().range('\u4e00', '\u9fa5'),
                Arbitraries.chars().range('a', 'z'), Arbitraries.chars().range('0', '9'), Arbitraries.of('，', '号', '-'));
        Arbitrary<String> inner = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withCharRange('A', 'Z')
                .withChars(' ', '，', '（', '）', '\n').ofMaxLength(maxLength - 1);
        return Combinators.combine(visible, inner).as((first, rest) -> first + rest);
    }

    /// Inserts spaces the way numbers are read out: spaces do not count (TicketFormats.isPhone).
    private static Arbitrary<String> spacedOut(Arbitrary<String> compact) {
        Arbitrary<List<Integer>> positions = Arbitraries.integers().between(1, 20).list().ofMaxSize(3);
        return Combinators.combine(compact, positions).as((number, at) -> {
            StringBuilder spaced = new StringBuilder(number);
            for (int p : at) {
                if (p < spaced.length()) {
                    spaced.insert(p, ' ');
                }
            }
            return spaced.toString();
        });
    }

    @Provide
    Arbitrary<String> phones() {
        Arbitrary<String> mobile = Combinators.combine(Arbitraries.of("", "86", "+86"),
                Arbitraries.integers().between(3, 9), digits(9, 9)).as((prefix, second, rest) -> prefix + "1" + second + rest);
        Arbitrary<String> landline = Combinators.combine(digits(2, 3), Arbitraries.of("", "-"),
                Arbitraries.integers().between(1, 9), digits(6, 7), Arbitraries.oneOf(Arbitraries.just(""),
                        digits(1, 6).map(ext -> "-" + ext)))
                .as((area, dash, first, rest, ext) -> "0" + area + dash + first + rest + ext);
        Arbitrary<String> international = Combinators.combine(Arbitraries.integers().between(1, 9), digits(0, 3),
                Arbitraries.of("", "-"), digits(4, 14)).as((c, cc, dash, n) -> "+" + c + cc + dash + n);
        return spacedOut(Arbitraries.oneOf(mobile, landline, international))
                .filter(p -> p.length() <= TicketValidator.maxLength(TicketField.CONTACT_PHONE));
    }

    @Provide
    Arbitrary<TicketDraft> wellFormedDrafts() {
        Arbitrary<String> terminal = Arbitraries.oneOf(Arbitraries.just(""), alnum(8, 8));
        Arbitrary<String> merchant = Arbitraries.oneOf(Arbitraries.just(""), digits(15, 15));
        Arbitrary<String> barcode = Arbitraries.oneOf(Arbitraries.just(""), alnum(10, 24));
        Arbitrary<String[]> identifiers = Combinators.combine(terminal, merchant, barcode)
                .as((t, m, b) -> new String[] {t, m, b})
                .filter(ids -> !(ids[0] + ids[1] + ids[2]).isEmpty()); // R-TK-3 ①: at least one
        Arbitrary<String> requester = Arbitraries.oneOf(Arbitraries.just(""), text(128));
        Arbitrary<TicketDraft> kinds = Combinators.combine(Arbitraries.of(TicketType.class),
                Arbitraries.of(Level.class), Arbitraries.of(ServiceKind.class), Arbitraries.of(RequesterKind.class))
                .as((type, level, service, kind) -> new TicketDraft(type, level, service, kind,
                        "", "", "", "", "", "", "", ""));
        return Combinators.combine(kinds, requester, identifiers, text(256), text(64), phones(), descriptions())
                .as((k, requesterName, ids, address, person, phone, description) -> new TicketDraft(k.type(),
                        k.level(), k.serviceKind(), k.requesterKind(), requesterName, ids[0], ids[1], ids[2], address,
                        person, phone, description));
    }

    /// Mostly a sentence or two, sometimes up to the 4,000-character column.
    private static Arbitrary<String> descriptions() {
        return Arbitraries.frequencyOf(Tuple.of(9, text(200)), Tuple.of(1, text(4000)));
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\u3000', '\r').ofMaxLength(4);
    }

    @Property
    void wellFormedDraftHasNoProblems(@ForAll("wellFormedDrafts") TicketDraft draft) {
        assertThat(validator.validate(draft)).isEmpty();
    }

    @Property
    void blankingOneRequiredFieldIsReportedAtExactlyThatField(@ForAll("wellFormedDrafts") TicketDraft draft,
                                                              @ForAll("requiredTextFields") TicketField field,
                                                              @ForAll("blanks") String blank) {
        assertThat(validator.validate(with(draft, field, blank))).containsExactly(FieldProblem.of(field, REQUIRED));
    }

    @Property
    void anUnmadeChoiceIsReportedAtItsOwnFieldAndNowhereElse_R_TK_3(@ForAll("wellFormedDrafts") TicketDraft draft,
                                                                  @ForAll boolean noType, @ForAll boolean noService,
                                                                  @ForAll boolean noRequester) {
        // Nothing is preselected (TicketDraft.empty): a choice left open is asked for at its field.
        TicketDraft open = new TicketDraft(noType ? null : draft.type(), draft.level(),
                noService ? null : draft.serviceKind(), noRequester ? null : draft.requesterKind(), draft.requesterName(),
                draft.terminalId(), draft.merchantId(), draft.posBarcode(), draft.installAddress(), draft.contactPerson(),
                draft.contactPhone(), draft.description());
        Set<TicketField> open3 = EnumSet.noneOf(TicketField.class);
        if (noType) {
            open3.add(TicketField.TYPE);
        }
        if (noService) {
            open3.add(TicketField.SERVICE_KIND);
        }
        if (noRequester) {
            open3.add(TicketField.REQUESTER_KIND);
        }
        assertThat(validator.validate(open)).containsExactlyInAnyOrderElementsOf(
                open3.stream().map(f -> FieldProblem.of(f, REQUIRED)).toList());
    }

    @Property
    void blankingEveryIdentifierIsReportedAtTheThreeIdentifierFieldsOnly(
            @ForAll("wellFormedDrafts") TicketDraft draft, @ForAll("blanks") String blank) {
        TicketDraft noIds = with(with(with(draft, TicketField.TERMINAL_ID, blank), TicketField.MERCHANT_ID, blank),
                TicketField.POS_BARCODE, blank);
        assertThat(validator.validate(noIds)).containsExactlyInAnyOrder(
                FieldProblem.of(TicketField.TERMINAL_ID, ONE_IDENTIFIER_REQUIRED),
                FieldProblem.of(TicketField.MERCHANT_ID, ONE_IDENTIFIER_REQUIRED),
                FieldProblem.of(TicketField.POS_BARCODE, ONE_IDENTIFIER_REQUIRED));
    }

    @Provide
    Arbitrary<TicketField> requiredTextFields() {
        return Arbitraries.of(REQUIRED_TEXT);
    }

    @Provide
    Arbitrary<String> anything() {
        // any text, including surrogate pairs, controls and very long input; only null is excluded
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().all().ofMinLength(4000).ofMaxLength(5000),
                Arbitraries.strings().withCharRange('0', '9').withChars('+', '-', ' ').ofMaxLength(40));
    }

    @Property(tries = 300)
    void validateNeverThrowsAndOnlyReportsRealProblems(
            @ForAll TicketType type, @ForAll Level level, @ForAll ServiceKind service, @ForAll RequesterKind kind,
            @ForAll("anything") String requester, @ForAll("anything") String terminal,
            @ForAll("anything") String merchant, @ForAll("anything") String barcode,
            @ForAll("anything") String address, @ForAll("anything") String person,
            @ForAll("anything") String phone, @ForAll("anything") String description) {
        TicketDraft draft = new TicketDraft(type, level, service, kind, requester, terminal, merchant, barcode,
                address, person, phone, description);

        List<FieldProblem> problems = validator.validate(draft);

        assertThat(validator.validate(draft)).isEqualTo(problems); // deterministic
        for (FieldProblem p : problems) {
            switch (p.problem()) {
                case REQUIRED -> assertThat(REQUIRED_TEXT).contains(p.field());
                case ONE_IDENTIFIER_REQUIRED -> assertThat(IDENTIFIERS).contains(p.field());
                case BAD_FORMAT -> assertThat(p.field()).isIn(TicketField.TERMINAL_ID, TicketField.MERCHANT_ID,
                        TicketField.POS_BARCODE, TicketField.CONTACT_PHONE);
                case TOO_LONG -> {
                    assertThat(p.limit()).isEqualTo(TicketValidator.maxLength(p.field())).isPositive();
                    assertThat(textOf(draft, p.field())).hasSizeGreaterThan(p.limit());
                }
            }
        }
        // and the reverse for lengths: every overlong field is reported
        for (TicketField field : TicketField.values()) {
            int limit = TicketValidator.maxLength(field);
            if (limit > 0 && textOf(draft, field).length() > limit) {
                assertThat(problems).contains(new FieldProblem(field, FieldProblem.Problem.TOO_LONG, limit));
            }
        }
    }

    private static String textOf(TicketDraft d, TicketField field) {
        return switch (field) {
            case REQUESTER_NAME -> d.requesterName();
            case TERMINAL_ID -> d.terminalId();
            case MERCHANT_ID -> d.merchantId();
            case POS_BARCODE -> d.posBarcode();
            case INSTALL_ADDRESS -> d.installAddress();
            case CONTACT_PERSON -> d.contactPerson();
            case CONTACT_PHONE -> d.contactPhone();
            case DESCRIPTION -> d.description();
            case TYPE, LEVEL, SERVICE_KIND, REQUESTER_KIND -> "";
        };
    }

    private static TicketDraft with(TicketDraft d, TicketField field, String value) {
        return new TicketDraft(d.type(), d.level(), d.serviceKind(), d.requesterKind(),
                field == TicketField.REQUESTER_NAME ? value : d.requesterName(),
                field == TicketField.TERMINAL_ID ? value : d.terminalId(),
                field == TicketField.MERCHANT_ID ? value : d.merchantId(),
                field == TicketField.POS_BARCODE ? value : d.posBarcode(),
                field == TicketField.INSTALL_ADDRESS ? value : d.installAddress(),
                field == TicketField.CONTACT_PERSON ? value : d.contactPerson(),
                field == TicketField.CONTACT_PHONE ? value : d.contactPhone(),
                field == TicketField.DESCRIPTION ? value : d.description());
    }
}
