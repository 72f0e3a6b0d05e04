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

    public static TicketDraft empty() {
        return new TicketDraft(TicketType.BUSINESS_REQUEST, Level.NORMAL, ServiceKind.EQUIPMENT_FAULT,
                RequesterKind.MERCHANT, "", "", "", "", "", "", "", "");
    }

    public boolean isBlank() {
        return (requesterName + terminalId + merchantId + posBarcode + installAddress
                + contactPerson + contactPhone + description).isBlank();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
