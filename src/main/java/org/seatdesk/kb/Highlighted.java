package org.seatdesk.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/// A piece of text with the ranges that matched the query, for the result list to emphasise.
public record Highlighted(String text, List<Mark> marks) {

    public Highlighted {
        marks = merge(marks);
    }

    public static Highlighted plain(String text) {
        return new Highlighted(text, List.of());
    }

    /// The text cut into runs, each marked or not, in order: what a view renders.
    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (Mark m : marks) {
            if (m.start() > at) {
                runs.add(new Run(text.substring(at, m.start()), false));
            }
            runs.add(new Run(text.substring(m.start(), m.end()), true));
            at = m.end();
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }

    /// The marked substrings, for tests and logs.
    public List<String> marked() {
        return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    private static List<Mark> merge(List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start));
        List<Mark> out = new ArrayList<>();
        for (Mark m : sorted) {
            if (!out.isEmpty() && m.start() <= out.getLast().end()) {
                Mark last = out.removeLast();
                out.add(new Mark(last.start(), Math.max(last.end(), m.end())));
            } else {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    public record Mark(int start, int end) {
    }

    public record Run(String text, boolean marked) {
    }
}
