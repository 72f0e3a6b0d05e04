package org.seatdesk.ticket;

/// What a call resolved by phone guidance was about (R-TK-1).
public enum CallCategory {
    CONSULTATION,
    EQUIPMENT_FAULT,
    OPERATION_GUIDANCE
}
