package org.seatdesk.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Marks what matched the query in a title or a snippet of the body: the same pieces the query
/// used (Chinese words, English stems, one typo, a typed prefix, pinyin and initials of Chinese
/// words and short runs of them), so an agent sees why an article came up.
final class Highlighter {

    static final int SNIPPET_BEFORE = 16;
    /// About two lines of the result list: enough context, and the list stays scannable.
    static final int SNIPPET_LENGTH = 64;
    private static final int MAX_RUN_CHARS = 6;
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z][a-z0-9]*");

    private final Pinyin pinyin;

    Highlighter(Pinyin pinyin) {
        this.pinyin = pinyin;
    }

    Highlighted highlight(String text, QueryTerms q) {
        return highlight(text, q, true);
    }

    /// `withPinyin` false for body text: pinyin is only indexed for title, category and tags,
    /// so it never explains a body match (and it is the costly part).
    private Highlighted highlight(String text, QueryTerms q, boolean withPinyin) {
        List<Highlighted.Mark> marks = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        // What the agent typed as one run (刷卡) is marked whole; its segmented words only when
        // they are words (two characters or more), or the run itself is one character.
        for (String run : q.chineseRuns()) {
            markAll(lower, run, marks);
        }
        for (QueryTerms.Piece piece : q.pieces()) {
            if (piece instanceof QueryTerms.ChineseWord w && (w.word().length() > 1 || q.chineseRuns().contains(w.word()))) {
                markAll(lower, w.word(), marks);
            }
        }
        List<QueryTerms.LatinWord> latin = q.pieces().stream()
                .filter(QueryTerms.LatinWord.class::isInstance).map(QueryTerms.LatinWord.class::cast).toList();
        if (!latin.isEmpty()) {
            markLatin(lower, latin, marks);
            if (withPinyin) {
                markPinyin(text, latin, marks);
            }
        }
        return new Highlighted(text, marks);
    }

    /// A window of the body around its first match (or its start), highlighted.
    Highlighted snippet(String plainBody, QueryTerms q) {
        int anchor = firstMatch(plainBody.toLowerCase(Locale.ROOT), q);
        int from = Math.max(0, anchor - SNIPPET_BEFORE);
        int to = Math.min(plainBody.length(), from + SNIPPET_LENGTH);
        String window = (from > 0 ? "…" : "") + plainBody.substring(from, to) + (to < plainBody.length() ? "…" : "");
        return highlight(window, q, false);
    }

    private static int firstMatch(String lower, QueryTerms q) {
        for (String run : q.chineseRuns()) {
            int at = lower.indexOf(run);
            if (at >= 0) {
                return at;
            }
        }
        int best = Integer.MAX_VALUE;
        for (QueryTerms.Piece piece : q.pieces()) {
            String needle = switch (piece) {
                case QueryTerms.ChineseWord w -> w.word();
                case QueryTerms.LatinWord w -> w.stemmed() != null ? w.stemmed() : w.raw();
            };
            int at = lower.indexOf(needle);
            if (at >= 0) {
                best = Math.min(best, at);
            }
        }
        return best == Integer.MAX_VALUE ? 0 : best;
    }

    /// Latin words of the text against the query's: the stem is a prefix of the word
    /// (printers → printer), one typo, or the prefix being typed. No analyzer here: a highlight
    /// runs for every hit shown, on every keystroke.
    private static void markLatin(String lower, List<QueryTerms.LatinWord> latin, List<Highlighted.Mark> marks) {
        Matcher m = LATIN_WORD.matcher(lower);
        while (m.find()) {
            String word = m.group();
            for (QueryTerms.LatinWord w : latin) {
                boolean hit = (w.stemmed() != null && w.stemmed().length() >= 2 && word.startsWith(w.stemmed())
                                && word.length() - w.stemmed().length() <= 3)
                        || word.equals(w.raw())
                        || (w.raw().length() >= 4 && withinOneEdit(word, w.raw()))
                        || (w.last() && w.raw().length() >= 3 && word.startsWith(w.raw()));
                if (hit) {
                    marks.add(new Highlighted.Mark(m.start(), m.end()));
                }
            }
        }
    }

    /// Runs of Chinese characters whose pinyin (full or initials) is a query word: every
    /// substring of up to MAX_RUN_CHARS characters is tried, so no segmenter is needed.
    private void markPinyin(String text, List<QueryTerms.LatinWord> latin, List<Highlighted.Mark> marks) {
        for (int i = 0; i < text.length(); i++) {
            if (!pinyin.isHan(text.charAt(i))) {
                continue;
            }
            // Full spellings and initials apart, as the index holds them (no "shuak" mixtures).
            Set<String> full = Set.of("");
            Set<String> initials = Set.of("");
            for (int j = i; j < Math.min(text.length(), i + MAX_RUN_CHARS) && pinyin.isHan(text.charAt(j)); j++) {
                Pinyin.Spellings c = pinyin.of(text.substring(j, j + 1));
                Set<String> fullBefore = full;
                full = extend(full, c.full());
                initials = extend(initials, c.initials());
                for (QueryTerms.LatinWord w : latin) {
                    String raw = w.raw();
                    // A typed prefix marks the shortest run that reaches it, not every longer one.
                    boolean prefix = w.last() && raw.length() >= 3 && startsWith(full, raw)
                            && fullBefore.stream().anyMatch(p -> raw.startsWith(p) && raw.length() > p.length());
                    if (full.contains(raw) || initials.contains(raw) || prefix) {
                        marks.add(new Highlighted.Mark(i, j + 1));
                    }
                }
            }
        }
    }

    private static void markAll(String lower, String needle, List<Highlighted.Mark> marks) {
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
            marks.add(new Highlighted.Mark(at, at + needle.length()));
        }
    }

    private static boolean startsWith(Set<String> spellings, String prefix) {
        for (String s : spellings) {
            if (s.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> extend(Set<String> prefixes, Set<String> endings) {
        Set<String> out = new HashSet<>();
        for (String p : prefixes) {
            for (String e : endings) {
                if (out.size() < Pinyin.MAX_READINGS) {
                    out.add(p + e);
                }
            }
        }
        return out;
    }

    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
