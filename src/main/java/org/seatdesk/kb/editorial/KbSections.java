package org.seatdesk.kb.editorial;

import java.util.List;

/// The knowledge base's sections (R-KB-3), by name, in display order.
public final class KbSections {

    public static final List<String> NAMES = List.of("COMPREHENSIVE", "BUSINESS", "ENCYCLOPEDIA", "LIFE", "SCRIPTS");

    private KbSections() {
    }
}
