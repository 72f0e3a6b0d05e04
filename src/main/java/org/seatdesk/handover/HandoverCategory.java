package org.seatdesk.handover;

/// R-SH-2: what a handover entry is about. The first three are the handover log proper; the
/// last three are what the shift-change meeting records besides.
public enum HandoverCategory {
    EQUIPMENT_STATUS,
    DIFFICULT_PROBLEM,
    PERSONNEL,
    BUSINESS_CHANGE,
    CUSTOMER_COMPLAINT,
    PROCESS_OR_EQUIPMENT_CHANGE
}
