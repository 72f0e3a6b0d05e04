package org.seatdesk.ticket;

import static org.seatdesk.ticket.FieldProblem.Problem.BAD_FORMAT;
import static org.seatdesk.ticket.FieldProblem.Problem.ONE_IDENTIFIER_REQUIRED;
import static org.seatdesk.ticket.FieldProblem.Problem.REQUIRED;
import static org.seatdesk.ticket.FieldProblem.Problem.TOO_LONG;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/// R-TK-3: a ticket cannot be saved without its type, service kind and requester (R-TK-2,
/// R-TK-8), an identifier (terminal ID, merchant ID or POS
/// barcode), the installation address, the contact person, the contact phone and the problem
/// description. Each problem names its field so the form can show it there.
public final class TicketValidator {

    private final TicketFormats formats;

    public TicketValidator(TicketFormats formats) {
        this.formats = formats;
    }

    public List<FieldProblem> validate(TicketDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        // Chosen, never preselected (TicketDraft.empty): the form asks for each choice at its field.
        chosen(problems, TicketField.TYPE, draft.type());
        chosen(problems, TicketField.SERVICE_KIND, draft.serviceKind());
        chosen(problems, TicketField.REQUESTER_KIND, draft.requesterKind());
        checkIdentifiers(draft, problems);
        required(problems, TicketField.INSTALL_ADDRESS, draft.installAddress());
        required(problems, TicketField.CONTACT_PERSON, draft.contactPerson());
        required(problems, TicketField.CONTACT_PHONE, draft.contactPhone());
        required(problems, TicketField.DESCRIPTION, draft.description().strip());
        if (!draft.contactPhone().isEmpty() && !formats.isPhone(draft.contactPhone())) {
            problems.add(FieldProblem.of(TicketField.CONTACT_PHONE, BAD_FORMAT));
        }
        for (TicketField field : TicketField.values()) {
            int limit = maxLength(field);
            if (limit > 0 && text(draft, field).length() > limit) {
                problems.add(new FieldProblem(field, TOO_LONG, limit));
            }
        }
        return List.copyOf(problems);
    }

    /// R-TK-3 for a ticket that arrives whole (a CREATE at the hub): the form's every rule.
    public List<FieldProblem> validateRegistered(Ticket ticket) {
        return validate(TicketEdit.asDraft(ticket));
    }

    /// R-TK-3 for an edit: the problems of `edited` in the fields the edit changed (named as an
    /// UPDATE names them, `contactPhone`). The console's save and the hub's UPDATE both ask this,
    /// so a value the form refuses is refused at the hub too; untouched fields are not re-judged.
    public List<FieldProblem> validateEdit(Ticket edited, java.util.Collection<String> changedFields) {
        return validateRegistered(edited).stream()
                .filter(p -> changedFields.contains(jsonName(p.field())))
                .toList();
    }

    /// INSTALL_ADDRESS → installAddress: the intake rules name fields as the form does, UPDATEs as JSON does.
    public static String jsonName(TicketField field) {
        String[] words = field.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private void checkIdentifiers(TicketDraft draft, List<FieldProblem> problems) {
        if (draft.terminalId().isEmpty() && draft.merchantId().isEmpty() && draft.posBarcode().isEmpty()) {
            problems.add(FieldProblem.of(TicketField.TERMINAL_ID, ONE_IDENTIFIER_REQUIRED));
            problems.add(FieldProblem.of(TicketField.MERCHANT_ID, ONE_IDENTIFIER_REQUIRED));
            problems.add(FieldProblem.of(TicketField.POS_BARCODE, ONE_IDENTIFIER_REQUIRED));
            return;
        }
        format(problems, TicketField.TERMINAL_ID, draft.terminalId(), formats.terminalId());
        format(problems, TicketField.MERCHANT_ID, draft.merchantId(), formats.merchantId());
        format(problems, TicketField.POS_BARCODE, draft.posBarcode(), formats.posBarcode());
    }

    private static void chosen(List<FieldProblem> problems, TicketField field, Enum<?> value) {
        if (value == null) {
            problems.add(FieldProblem.of(field, REQUIRED));
        }
    }

    private static void required(List<FieldProblem> problems, TicketField field, String value) {
        if (value.isEmpty()) {
            problems.add(FieldProblem.of(field, REQUIRED));
        }
    }

    private static void format(List<FieldProblem> problems, TicketField field, String value, Pattern pattern) {
        if (!value.isEmpty() && !pattern.matcher(value).matches()) {
            problems.add(FieldProblem.of(field, BAD_FORMAT));
        }
    }

    /// The column sizes of the ticket table; 0 for fields that are not free text.
    public static int maxLength(TicketField field) {
        return switch (field) {
            case REQUESTER_NAME -> 128;
            case TERMINAL_ID, MERCHANT_ID, POS_BARCODE, CONTACT_PHONE -> 32;
            case INSTALL_ADDRESS -> 256;
            case CONTACT_PERSON -> 64;
            case DESCRIPTION -> 4000;
            case TYPE, LEVEL, SERVICE_KIND, REQUESTER_KIND -> 0;
        };
    }

    private static String text(TicketDraft draft, TicketField field) {
        return switch (field) {
            case REQUESTER_NAME -> draft.requesterName();
            case TERMINAL_ID -> draft.terminalId();
            case MERCHANT_ID -> draft.merchantId();
            case POS_BARCODE -> draft.posBarcode();
            case INSTALL_ADDRESS -> draft.installAddress();
            case CONTACT_PERSON -> draft.contactPerson();
            case CONTACT_PHONE -> draft.contactPhone();
            case DESCRIPTION -> draft.description().strip();
            case TYPE, LEVEL, SERVICE_KIND, REQUESTER_KIND -> "";
        };
    }
}
