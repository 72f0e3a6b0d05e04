package org.seatdesk.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// What the agent typed, cut into the pieces the index can match (R-KB-4): Chinese words (from
/// the segmenter), and Latin words, each of which may be English or pinyin (full or initials).
/// The last Latin word is also a prefix: results come as the agent types. `chineseRuns` are the
/// runs of Chinese characters as typed, each with its character bigrams in `runBigrams`.
record QueryTerms(List<Piece> pieces, List<String> chineseRuns, List<List<String>> runBigrams) {

    private static final Pattern LATIN = Pattern.compile("[a-z0-9]+");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    sealed interface Piece {
    }

    /// A Chinese word as segmented, and its character bigrams.
    record ChineseWord(String word, List<String> bigrams) implements Piece {
    }

    /// A Latin word as typed (lower-cased), its stemmed form (null for a stop word), and whether
    /// it is the word being typed at the end of the query.
    record LatinWord(String raw, String stemmed, boolean last) implements Piece {
    }

    static QueryTerms of(String text, TextAnalysis analysis, Pinyin pinyin) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        List<Piece> pieces = new ArrayList<>();
        for (TextAnalysis.Token t : analysis.words(lower)) {
            String original = lower.substring(t.start(), t.end());
            if (!original.isEmpty() && pinyin.isHan(original.charAt(0))) {
                pieces.add(new ChineseWord(t.term(), terms(analysis.bigrams(original))));
            }
        }
        Matcher m = LATIN.matcher(lower);
        List<LatinWord> latin = new ArrayList<>();
        while (m.find()) {
            List<TextAnalysis.Token> stem = analysis.words(m.group());
            latin.add(new LatinWord(m.group(), stem.isEmpty() ? null : stem.getFirst().term(), false));
        }
        if (!latin.isEmpty() && lower.endsWith(latin.getLast().raw())) {
            LatinWord typing = latin.removeLast();
            latin.add(new LatinWord(typing.raw(), typing.stemmed(), true));
        }
        pieces.addAll(latin);
        List<String> runs = new ArrayList<>();
        List<List<String>> runBigrams = new ArrayList<>();
        Matcher han = HAN_RUN.matcher(lower);
        while (han.find()) {
            runs.add(han.group());
            runBigrams.add(terms(analysis.bigrams(han.group())));
        }
        return new QueryTerms(List.copyOf(pieces), List.copyOf(runs), List.copyOf(runBigrams));
    }

    private static List<String> terms(List<TextAnalysis.Token> tokens) {
        return tokens.stream().map(TextAnalysis.Token::term).toList();
    }

    boolean isEmpty() {
        return pieces.isEmpty();
    }

    /// True if the query is Chinese only, typed as one word the segmenter kept whole (刷卡).
    boolean isOneChineseWord() {
        return pieces.size() == 1 && chineseRuns.size() == 1 && pieces.getFirst() instanceof ChineseWord w
                && w.word().equals(chineseRuns.getFirst());
    }

    boolean hasLatin() {
        return pieces.stream().anyMatch(LatinWord.class::isInstance);
    }
}
