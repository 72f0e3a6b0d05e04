package org.seatdesk.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// Marks what matched the query in a title or a snippet of the body: the same pieces the query
/// used (Chinese words, English stems, one typo, a typed prefix, pinyin and initials of Chinese
/// words and short runs of them), so an agent sees why an article came up.
final class Highlighter {

    static final int SNIPPET_BEFORE = 24;
    static final int SNIPPET_LENGTH = 110;
    private static final int MAX_RUN = 4;

    private final TextAnalysis analysis;
    private final Pinyin pinyin;

    Highlighter(TextAnalysis analysis, Pinyin pinyin) {
        this.analysis = analysis;
        this.pinyin = pinyin;
    }

    Highlighted highlight(String text, QueryTerms q) {
        List<Highlighted.Mark> marks = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (QueryTerms.Piece piece : q.pieces()) {
            if (piece instanceof QueryTerms.ChineseWord w) {
                for (int at = lower.indexOf(w.word()); at >= 0; at = lower.indexOf(w.word(), at + 1)) {
                    marks.add(new Highlighted.Mark(at, at + w.word().length()));
                }
            }
        }
        List<QueryTerms.LatinWord> latin = q.pieces().stream()
                .filter(QueryTerms.LatinWord.class::isInstance).map(QueryTerms.LatinWord.class::cast).toList();
        if (!latin.isEmpty()) {
            List<TextAnalysis.Token> tokens = analysis.words(text);
            markLatin(lower, tokens, latin, marks);
            markPinyin(text, tokens, latin, marks);
        }
        return new Highlighted(text, marks);
    }

    /// A window of the body around its first match (or its start), highlighted.
    Highlighted snippet(String plainBody, QueryTerms q) {
        int anchor = firstMatch(plainBody.toLowerCase(Locale.ROOT), q);
        int from = Math.max(0, anchor - SNIPPET_BEFORE);
        int to = Math.min(plainBody.length(), from + SNIPPET_LENGTH);
        String window = (from > 0 ? "…" : "") + plainBody.substring(from, to) + (to < plainBody.length() ? "…" : "");
        return highlight(window, q);
    }

    private static int firstMatch(String lower, QueryTerms q) {
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

    private static void markLatin(String lower, List<TextAnalysis.Token> tokens, List<QueryTerms.LatinWord> latin,
                                  List<Highlighted.Mark> marks) {
        for (TextAnalysis.Token t : tokens) {
            String word = lower.substring(t.start(), t.end());
            for (QueryTerms.LatinWord w : latin) {
                boolean hit = t.term().equals(w.stemmed())
                        || (w.raw().length() >= 4 && withinOneEdit(word, w.raw()))
                        || (w.last() && w.raw().length() >= 3 && word.startsWith(w.raw()));
                if (hit) {
                    marks.add(new Highlighted.Mark(t.start(), t.end()));
                }
            }
        }
    }

    private void markPinyin(String text, List<TextAnalysis.Token> tokens, List<QueryTerms.LatinWord> latin,
                            List<Highlighted.Mark> marks) {
        for (int i = 0; i < tokens.size(); i++) {
            Set<String> spelled = new HashSet<>(Set.of(""));
            for (int j = i; j < Math.min(tokens.size(), i + MAX_RUN); j++) {
                TextAnalysis.Token t = tokens.get(j);
                Pinyin.Spellings s = pinyin.of(text.substring(t.start(), t.end()));
                if (s.isEmpty() || (j > i && !text.substring(tokens.get(j - 1).end(), t.start()).isBlank())) {
                    break;
                }
                spelled = extend(spelled, s);
                for (QueryTerms.LatinWord w : latin) {
                    boolean hit = spelled.contains(w.raw())
                            || (w.last() && w.raw().length() >= 2 && spelled.stream().anyMatch(p -> p.startsWith(w.raw())) && j == i);
                    if (hit) {
                        marks.add(new Highlighted.Mark(tokens.get(i).start(), t.end()));
                    }
                }
            }
        }
    }

    /// Full and initial spellings both: a run is matched either way.
    private static Set<String> extend(Set<String> prefixes, Pinyin.Spellings s) {
        Set<String> out = new HashSet<>();
        for (String p : prefixes) {
            s.full().forEach(f -> out.add(p + f));
            s.initials().forEach(f -> out.add(p + f));
            if (out.size() > 64) {
                break;
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
