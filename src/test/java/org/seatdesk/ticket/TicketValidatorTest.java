package org.seatdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.ticket.FieldProblem.Problem.BAD_FORMAT;
import static org.seatdesk.ticket.FieldProblem.Problem.ONE_IDENTIFIER_REQUIRED;
import static org.seatdesk.ticket.FieldProblem.Problem.REQUIRED;
import static org.seatdesk.ticket.FieldProblem.Problem.TOO_LONG;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.seatdesk.testing.Fixtures;

/// R-TK-3: required fields, the at-least-one-identifier rule, formats and column lengths.
class TicketValidatorTest {

    private final TicketValidator validator = Fixtures.shippedValidator();

    private List<FieldProblem> validate(UnaryOperator<Drafts> change) {
        return validator.validate(change.apply(new Drafts(Fixtures.completeDraft())).draft());
    }

    @Test
    void completeDraftHasNoProblems() {
        assertThat(validator.validate(Fixtures.completeDraft())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TicketField.class, names = {"INSTALL_ADDRESS", "CONTACT_PERSON", "CONTACT_PHONE", "DESCRIPTION"})
    void eachMissingRequiredFieldIsReportedAtThatFieldOnly(TicketField field) {
        // R-TK-3 ②–⑤; a missing phone is "required", not also "badly formatted"
        assertThat(validate(d -> d.with(field, ""))).containsExactly(FieldProblem.of(field, REQUIRED));
    }

    @ParameterizedTest
    @EnumSource(value = TicketField.class, names = {"INSTALL_ADDRESS", "CONTACT_PERSON", "CONTACT_PHONE", "DESCRIPTION"})
    void whitespaceOnlyCountsAsMissing(TicketField field) {
        assertThat(validate(d -> d.with(field, "  \t \n ")))
                .containsExactly(FieldProblem.of(field, REQUIRED));
    }

    @Test
    void draftWithoutAnyIdentifierIsReportedAtAllThreeIdentifierFields() {
        // R-TK-3 ①: at least one of terminal ID, merchant ID, POS barcode
        assertThat(validate(d -> d.with(TicketField.TERMINAL_ID, "").with(TicketField.MERCHANT_ID, "")
                .with(TicketField.POS_BARCODE, "")))
                .containsExactly(
                        FieldProblem.of(TicketField.TERMINAL_ID, ONE_IDENTIFIER_REQUIRED),
                        FieldProblem.of(TicketField.MERCHANT_ID, ONE_IDENTIFIER_REQUIRED),
                        FieldProblem.of(TicketField.POS_BARCODE, ONE_IDENTIFIER_REQUIRED));
    }

    @ParameterizedTest
    @EnumSource(value = TicketField.class, names = {"TERMINAL_ID", "MERCHANT_ID", "POS_BARCODE"})
    void anyOneIdentifierAloneIsEnough(TicketField kept) {
        List<TicketField> identifiers = List.of(TicketField.TERMINAL_ID, TicketField.MERCHANT_ID, TicketField.POS_BARCODE);
        assertThat(validate(d -> {
            Drafts result = d;
            for (TicketField field : identifiers) {
                if (field != kept) {
                    result = result.with(field, "");
                }
            }
            return result;
        })).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB12CD3", "AB12CD345", "AB-2CD34", "AB12 CD3", "终端号12345"})
    void malformedTerminalIdIsReportedAtTerminalId(String terminalId) {
        // R-TK-3: terminal ID is 8 letters or digits
        assertThat(validate(d -> d.with(TicketField.TERMINAL_ID, terminalId)))
                .containsExactly(FieldProblem.of(TicketField.TERMINAL_ID, BAD_FORMAT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901234", "1234567890123456", "12345678901234A", "123-456789012345"})
    void malformedMerchantIdIsReportedAtMerchantId(String merchantId) {
        // R-TK-3: merchant ID is 15 digits
        assertThat(validate(d -> d.with(TicketField.MERCHANT_ID, merchantId)))
                .containsExactly(FieldProblem.of(TicketField.MERCHANT_ID, BAD_FORMAT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POS123456", "POS_1234567", "POS-1234567", "ABCDEFGHIJKLMNOPQRSTUVWXY"})
    void malformedPosBarcodeIsReportedAtPosBarcode(String barcode) {
        // R-TK-3: POS barcode is 10 to 24 letters or digits
        assertThat(validate(d -> d.with(TicketField.POS_BARCODE, barcode)))
                .containsExactly(FieldProblem.of(TicketField.POS_BARCODE, BAD_FORMAT));
    }

    @Test
    void malformedIdentifierIsReportedEvenWhenAnotherIdentifierIsValid() {
        assertThat(validate(d -> d.with(TicketField.MERCHANT_ID, "").with(TicketField.POS_BARCODE, "bad!")))
                .containsExactly(FieldProblem.of(TicketField.POS_BARCODE, BAD_FORMAT));
    }

    @Test
    void identifiersAreAcceptedInLowerCaseAndWithSurroundingSpaces() {
        assertThat(validate(d -> d.with(TicketField.TERMINAL_ID, "  ab12cd34 ")
                .with(TicketField.POS_BARCODE, "pos1234567890"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "13812345678", "+8613812345678", "8613812345678", "+86 138 1234 5678", "19912345678",
            "010-12345678", "01012345678", "0571-8888888", "0571-8888888-123", "021-87654321-1",
            "+44 20 7946 0958", "+34 912 345 678", "+1-2025550143"})
    void chineseMobileLandlineAndInternationalPhonesAreAccepted(String phone) {
        // R-TK-3 ④ with the shipped formats of defaults.properties
        assertThat(validate(d -> d.with(TicketField.CONTACT_PHONE, phone))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "abc", "12345", "1381234567", "138123456789", "12812345678", "23812345678", "13812345678abc",
            "phone 13812345678", "电话13812345678", "++8613812345678", "+0 20 7946 0958", "+44",
            "010-1234", "010-02345678", "0571-8888888-1234567", "138.1234.5678", "+44 (20) 7946 0958"})
    void garbagePhonesAreRefusedAtContactPhone(String phone) {
        assertThat(validate(d -> d.with(TicketField.CONTACT_PHONE, phone)))
                .containsExactly(FieldProblem.of(TicketField.CONTACT_PHONE, BAD_FORMAT));
    }

    @ParameterizedTest
    @EnumSource(value = TicketField.class,
            names = {"REQUESTER_NAME", "INSTALL_ADDRESS", "CONTACT_PERSON", "DESCRIPTION"})
    void freeTextAtItsLimitIsAcceptedAndOneCharacterMoreIsTooLong(TicketField field) {
        int limit = TicketValidator.maxLength(field);
        assertThat(validate(d -> d.with(field, "路".repeat(limit)))).isEmpty();
        assertThat(validate(d -> d.with(field, "路".repeat(limit + 1))))
                .containsExactly(new FieldProblem(field, TOO_LONG, limit));
    }

    @Test
    void limitsMatchTheTicketTableColumns() {
        // V1__foundation.sql: requester_name 128, identifiers and phone 32, address 256, contact 64, description 4000
        assertThat(TicketValidator.maxLength(TicketField.REQUESTER_NAME)).isEqualTo(128);
        assertThat(TicketValidator.maxLength(TicketField.TERMINAL_ID)).isEqualTo(32);
        assertThat(TicketValidator.maxLength(TicketField.MERCHANT_ID)).isEqualTo(32);
        assertThat(TicketValidator.maxLength(TicketField.POS_BARCODE)).isEqualTo(32);
        assertThat(TicketValidator.maxLength(TicketField.CONTACT_PHONE)).isEqualTo(32);
        assertThat(TicketValidator.maxLength(TicketField.INSTALL_ADDRESS)).isEqualTo(256);
        assertThat(TicketValidator.maxLength(TicketField.CONTACT_PERSON)).isEqualTo(64);
        assertThat(TicketValidator.maxLength(TicketField.DESCRIPTION)).isEqualTo(4000);
        assertThat(TicketValidator.maxLength(TicketField.TYPE)).isZero();
    }

    @Test
    void overlongPhoneIsReportedAsTooLongWithItsLimit() {
        assertThat(validate(d -> d.with(TicketField.CONTACT_PHONE, "1".repeat(33))))
                .contains(new FieldProblem(TicketField.CONTACT_PHONE, TOO_LONG, 32));
    }

    @Test
    void everyProblemOfAnEmptyFormIsReportedAtOnce() {
        // the form shows all problems together, not one per save attempt
        assertThat(validator.validate(TicketDraft.empty()))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(TicketField.TYPE, TicketField.SERVICE_KIND, TicketField.REQUESTER_KIND,
                        TicketField.TERMINAL_ID, TicketField.MERCHANT_ID, TicketField.POS_BARCODE,
                        TicketField.INSTALL_ADDRESS, TicketField.CONTACT_PERSON, TicketField.CONTACT_PHONE,
                        TicketField.DESCRIPTION);
    }

    @Test
    void validationLeavesWhatTheAgentTypedUntouched() {
        // R-TK-3: nothing the agent typed is lost
        TicketDraft typed = new Drafts(Fixtures.completeDraft()).with(TicketField.CONTACT_PHONE, "138-bad").draft();
        validator.validate(typed);
        assertThat(typed.contactPhone()).isEqualTo("138-bad");
    }

    /// Changes one text field of an immutable draft.
    record Drafts(TicketDraft draft) {

        Drafts with(TicketField field, String value) {
            TicketDraft d = draft;
            return new Drafts(new TicketDraft(d.type(), d.level(), d.serviceKind(), d.requesterKind(),
                    field == TicketField.REQUESTER_NAME ? value : d.requesterName(),
                    field == TicketField.TERMINAL_ID ? value : d.terminalId(),
                    field == TicketField.MERCHANT_ID ? value : d.merchantId(),
                    field == TicketField.POS_BARCODE ? value : d.posBarcode(),
                    field == TicketField.INSTALL_ADDRESS ? value : d.installAddress(),
                    field == TicketField.CONTACT_PERSON ? value : d.contactPerson(),
                    field == TicketField.CONTACT_PHONE ? value : d.contactPhone(),
                    field == TicketField.DESCRIPTION ? value : d.description()));
        }
    }
}
