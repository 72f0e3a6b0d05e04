package org.seatdesk.kb;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/// Turns {@link QueryTerms} into Lucene queries (ADR 0014, 0022). Each piece becomes a group of
/// alternatives (the word in title, tags or category; anywhere in the text; for a Latin word also
/// pinyin, pinyin initials, one typo, and the prefix of the word being typed); most groups must
/// match. The Chinese text as typed, found anywhere, matches too and ranks first.
///
/// Two scopes, searched in turn by {@link ArticleIndex}: {@link #named} finds the articles that
/// name the words in title, tags or category (or their pinyin) — what an article is about, few
/// even for the most common words — ranked by those fields and the text as typed; {@link #all}
/// finds every article that mentions them, searched only when the first pass fills less than a page.
/// Scoring every article whose body mentions 刷卡 (a third of the corpus) is what the first pass
/// saves on every keystroke.
final class QueryBuilder {

    private static final float TITLE = 4f;
    private static final float TAGS = 3f;
    private static final float CATEGORY = 2f;
    /// Anywhere in the text (the body, or the bigrams of all text).
    private static final float TEXT = 1f;
    /// The Chinese text as typed, found as a phrase of bigrams.
    private static final float AS_TYPED = 3f;
    /// Pinyin: full spelling, initials of a whole word (翡翠 → fc), initials of any run of words.
    private static final float PINYIN = 3f;
    private static final float WORD_INITIALS = 3f;
    private static final float RUN_INITIALS = 1f;
    /// English words shorter than this get no typo tolerance: `pos`~1 would match `pin`, `pay`…
    private static final int FUZZY_FROM = 4;

    private enum Scope { NAMED, ALL }

    private QueryBuilder() {
    }

    /// Every article the text may mean: the second pass. The Chinese text as typed matches alone
    /// too: it finds a word the segmenter cut otherwise in the article (年画 in 年画系列).
    static Query all(QueryTerms terms) {
        return withTextAsTyped(pieces(terms, Scope.ALL), Occur.SHOULD, terms);
    }

    /// The first pass: articles that name the pieces in title, tags, category or their pinyin;
    /// the Chinese text found as typed ranks first among them.
    static Query named(QueryTerms terms) {
        return withTextAsTyped(pieces(terms, Scope.NAMED), Occur.MUST, terms);
    }

    /// `pieces` (with `occur`), and the Chinese runs as typed found anywhere (SHOULD), if any.
    private static Query withTextAsTyped(Query pieces, Occur occur, QueryTerms terms) {
        Query asTyped = asTyped(terms);
        if (asTyped == null) {
            return pieces;
        }
        return new BooleanQuery.Builder()
                .add(pieces, occur)
                .add(new BoostQuery(asTyped, AS_TYPED), Occur.SHOULD)
                .build();
    }

    private static Query pieces(QueryTerms terms, Scope scope) {
        boolean oneWord = terms.isOneChineseWord();
        List<Query> keys = new ArrayList<>();
        List<Query> fillers = new ArrayList<>();
        for (QueryTerms.Piece piece : terms.pieces()) {
            switch (piece) {
                case QueryTerms.ChineseWord w when w.word().length() == 1 -> fillers.add(chinese(w, scope, TEXT));
                case QueryTerms.ChineseWord w -> keys.add(chinese(w, scope, oneWord ? TEXT + AS_TYPED : TEXT));
                case QueryTerms.LatinWord w -> keys.add(latin(w, scope));
            }
        }
        if (keys.isEmpty()) { // only single characters typed: they are what there is to find
            keys = fillers;
            fillers = List.of();
        }
        if (keys.size() == 1 && fillers.isEmpty()) {
            return keys.getFirst();
        }
        // Two words must both match; of a longer question at least half: an agent types the
        // customer's sentence, and the score ranks fuller matches first. Single characters the
        // segmenter left (无, 被, 要) only add to the score: 刷卡无响应 needs 刷卡 and 响应, not 无,
        // which half the titles share.
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        keys.forEach(k -> words.add(k, Occur.SHOULD));
        words.setMinimumNumberShouldMatch(keys.size() <= 2 ? keys.size() : (keys.size() + 1) / 2);
        if (fillers.isEmpty()) {
            return words.build();
        }
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
        fillers.forEach(f -> scored.add(f, Occur.SHOULD));
        return scored.build();
    }

    /// The Chinese runs as typed, each a phrase of its bigrams (all of them), or null: a query
    /// with Latin words, or of one word (its own group says it: nothing to score twice).
    private static Query asTyped(QueryTerms terms) {
        if (terms.hasLatin() || terms.isOneChineseWord()) {
            return null;
        }
        BooleanQuery.Builder runs = new BooleanQuery.Builder();
        int added = 0;
        for (int i = 0; i < terms.chineseRuns().size(); i++) {
            if (terms.chineseRuns().get(i).length() >= 2) {
                runs.add(bigrams(terms.runBigrams().get(i)), Occur.MUST);
                added++;
            }
        }
        return added == 0 ? null : runs.build();
    }

    /// A word of two characters or more is found anywhere by its bigrams (also inside a longer
    /// word: 刷卡 in 刷卡机); a single character by the body's words.
    private static Query chinese(QueryTerms.ChineseWord w, Scope scope, float anywhere) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        addNamed(any, w.word(), 1f);
        if (scope == Scope.ALL) {
            Query text = w.word().length() >= 2 && !w.bigrams().isEmpty() ? bigrams(w.bigrams())
                    : new TermQuery(new Term(ArticleFields.BODY, w.word()));
            any.add(new BoostQuery(text, anywhere), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query latin(QueryTerms.LatinWord w, Scope scope) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (w.stemmed() != null) {
            addNamed(any, w.stemmed(), 1f);
            if (scope == Scope.ALL) {
                any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.BODY, w.stemmed())), TEXT), Occur.SHOULD);
            }
        }
        String raw = w.raw();
        if (scope == Scope.ALL && raw.length() >= FUZZY_FROM && !isDigits(raw)) {
            any.add(new BoostQuery(new FuzzyQuery(new Term(ArticleFields.ENGLISH, raw), 1, 1), 0.6f), Occur.SHOULD);
        }
        any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.PINYIN, raw)), PINYIN), Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.WORD_INITIALS, raw)), WORD_INITIALS), Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.INITIALS, raw)), RUN_INITIALS), Occur.SHOULD);
        if (w.last()) {
            if (raw.length() >= 2) {
                any.add(new BoostQuery(new PrefixQuery(new Term(ArticleFields.PINYIN, raw)), 1.5f), Occur.SHOULD);
                any.add(new BoostQuery(new PrefixQuery(new Term(ArticleFields.INITIALS, raw)), 0.8f), Occur.SHOULD);
            }
            if (raw.length() >= 3) {
                String field = scope == Scope.ALL ? ArticleFields.ENGLISH : ArticleFields.TITLE;
                any.add(new BoostQuery(new PrefixQuery(new Term(field, raw)), 0.8f), Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static Query bigrams(List<String> bigrams) {
        return bigrams.size() == 1 ? new TermQuery(new Term(ArticleFields.BIGRAMS, bigrams.getFirst()))
                : new PhraseQuery(ArticleFields.BIGRAMS, bigrams.toArray(String[]::new));
    }

    private static void addNamed(BooleanQuery.Builder any, String term, float weight) {
        any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.TITLE, term)), TITLE * weight), Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.TAGS, term)), TAGS * weight), Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.CATEGORY, term)), CATEGORY * weight), Occur.SHOULD);
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(Character::isDigit);
    }
}
