package org.seatdesk.kb.editorial;

import java.util.Arrays;
import java.util.List;

import org.seatdesk.kb.Section;

/// The knowledge base's sections (R-KB-3), by name, in display order.
public final class KbSections {

    public static final List<String> NAMES = Arrays.stream(Section.values()).map(Enum::name).toList();

    private KbSections() {
    }
}
