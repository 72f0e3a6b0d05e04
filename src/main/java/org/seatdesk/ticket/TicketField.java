package org.seatdesk.ticket;

/// The fields of the intake form, in the order the agent tabs through them.
public enum TicketField {
    TYPE,
    LEVEL,
    SERVICE_KIND,
    REQUESTER_KIND,
    REQUESTER_NAME,
    TERMINAL_ID,
    MERCHANT_ID,
    POS_BARCODE,
    INSTALL_ADDRESS,
    CONTACT_PERSON,
    CONTACT_PHONE,
    DESCRIPTION
}
