package org.seatdesk.ticket;

/// What the agent has typed into the intake form, valid or not. Blank text is "".
public record TicketDraft(
        TicketType type,
        Level level,
        ServiceKind serviceKind,
        RequesterKind requesterKind,
        String requesterName,
        String terminalId,
        String merchantId,
        String posBarcode,
        String installAddress,
        String contactPerson,
        String contactPhone,
        String description) {

    public TicketDraft {
        requesterName = clean(requesterName);
        terminalId = clean(terminalId);
        merchantId = clean(merchantId);
        posBarcode = clean(posBarcode);
        installAddress = clean(installAddress);
        contactPerson = clean(contactPerson);
        contactPhone = clean(contactPhone);
        description = description == null ? "" : description;
    }

    /// The form of a new call: no type, service kind or requester chosen (R-TK-3). A default
    /// that nobody changed filed complaints as business requests; a message that asks for the
    /// type does not.
    public static TicketDraft empty() {
        return new TicketDraft(null, Level.NORMAL, null, null, "", "", "", "", "", "", "", "");
    }

    /// Nothing typed and nothing chosen: a chosen type is the agent's work too, and is kept.
    public boolean isBlank() {
        return type == null && serviceKind == null && requesterKind == null && level != Level.URGENT
                && (requesterName + terminalId + merchantId + posBarcode + installAddress
                + contactPerson + contactPhone + description).isBlank();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
