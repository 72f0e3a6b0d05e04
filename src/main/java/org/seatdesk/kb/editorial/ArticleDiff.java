package org.seatdesk.kb.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// What changed between two versions of an article (R-KB-2), readable by an editor: the
/// fields that changed, and the body's lines removed and added (a longest-common-subsequence
/// line diff; articles are at most 12,000 characters, so the quadratic table stays small).
public record ArticleDiff(List<FieldChange> fields, List<Line> body) {

    public record FieldChange(String field, String before, String after) {
    }

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    public record Line(Kind kind, String text) {
    }

    public static ArticleDiff between(Revision before, Revision after) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "title", before == null ? null : before.title(), after.title());
        field(fields, "section", before == null ? null : before.section(), after.section());
        field(fields, "category", before == null ? null : before.category(), after.category());
        field(fields, "language", before == null ? null : before.language(), after.language());
        field(fields, "tags", before == null ? null : before.tags(), after.tags());
        return new ArticleDiff(fields, lines(before == null ? "" : before.body(), after.body()));
    }

    public boolean isEmpty() {
        return fields.isEmpty() && body.stream().allMatch(l -> l.kind() == Kind.SAME);
    }

    /// Only the changed lines, prefixed `-` and `+`: what the history list shows.
    public List<String> changedLines() {
        return body.stream().filter(l -> l.kind() != Kind.SAME)
                .map(l -> (l.kind() == Kind.ADDED ? "+ " : "- ") + l.text()).toList();
    }

    private static void field(List<FieldChange> out, String name, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            out.add(new FieldChange(name, before, after));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /// Beyond this many cells the table is not built: the middle is shown as removed, then added.
    private static final long MAX_CELLS = 4_000_000;

    static List<Line> lines(String before, String after) {
        String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
        String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        List<Line> out = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            out.add(new Line(Kind.SAME, a[k]));
        }
        String[] midA = java.util.Arrays.copyOfRange(a, head, a.length - tail);
        String[] midB = java.util.Arrays.copyOfRange(b, head, b.length - tail);
        if ((long) midA.length * midB.length > MAX_CELLS) {
            for (String line : midA) {
                out.add(new Line(Kind.REMOVED, line));
            }
            for (String line : midB) {
                out.add(new Line(Kind.ADDED, line));
            }
        } else {
            out.addAll(middle(midA, midB));
        }
        for (int k = a.length - tail; k < a.length; k++) {
            out.add(new Line(Kind.SAME, a[k]));
        }
        return out;
    }

    private static List<Line> middle(String[] a, String[] b) {
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add(new Line(Kind.SAME, a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add(new Line(Kind.REMOVED, a[i++]));
            } else {
                out.add(new Line(Kind.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            out.add(new Line(Kind.REMOVED, a[i++]));
        }
        while (j < b.length) {
            out.add(new Line(Kind.ADDED, b[j++]));
        }
        return out;
    }
}
