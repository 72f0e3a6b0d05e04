package org.seatdesk.kb.editorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// The sections and their categories as the catalogue's entries add up (R-KB-2, R-KB-3).
public final class Catalogue {

    private final Map<String, Set<String>> categories = new LinkedHashMap<>();

    public Catalogue(List<String> sections, List<CatalogueEntry> entries) {
        sections.forEach(s -> categories.put(s, new LinkedHashSet<>()));
        for (CatalogueEntry e : entries) {
            Set<String> inSection = categories.computeIfAbsent(e.section(), s -> new LinkedHashSet<>());
            if (e.change() == CatalogueEntry.Change.ADD) {
                inSection.add(e.category());
            } else {
                inSection.remove(e.category());
            }
        }
    }

    public List<String> sections() {
        return List.copyOf(categories.keySet());
    }

    public List<String> categories(String section) {
        return new ArrayList<>(categories.getOrDefault(section, Set.of()));
    }

    public boolean contains(String section, String category) {
        return categories.getOrDefault(section, Set.of()).contains(category);
    }
}
