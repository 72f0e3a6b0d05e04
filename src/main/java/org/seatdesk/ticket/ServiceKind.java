package org.seatdesk.ticket;

/// Service kinds of on-site tickets (R-TK-2); NOT_ON_SITE for tickets that need no visit.
public enum ServiceKind {
    EQUIPMENT_FAULT,
    CONSUMABLES_DELIVERY,
    INSTALL_REMOVE_REPLACE,
    INFORMATION_CHANGE,
    DOCUMENT_COLLECTION,
    NOT_ON_SITE
}
