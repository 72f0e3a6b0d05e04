package org.seatdesk.kb;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/// Turns {@link QueryTerms} into one Lucene query. Each piece becomes a group of alternatives
/// (the word in title, tags, category or body; its bigrams; for a Latin word also pinyin, pinyin
/// initials, one typo, and the prefix of the word being typed); most groups must match.
final class QueryBuilder {

    private static final float TITLE = 4f;
    private static final float TAGS = 3f;
    private static final float CATEGORY = 2f;
    private static final float BODY = 1f;
    /// English words shorter than this get no typo tolerance: `pos`~1 would match `pin`, `pay`…
    private static final int FUZZY_FROM = 4;

    private QueryBuilder() {
    }

    static Query build(QueryTerms terms, TextAnalysis analysis) {
        Query pieces = pieces(terms);
        // A Chinese run the segmenter cut into several words ranks first where it stands as typed.
        BooleanQuery.Builder ranked = null;
        for (String run : terms.chineseRuns()) {
            List<String> bigrams = analysis.bigrams(run).stream().map(TextAnalysis.Token::term).toList();
            if (bigrams.size() >= 1 && run.length() >= 2) {
                if (ranked == null) {
                    ranked = new BooleanQuery.Builder().add(pieces, BooleanClause.Occur.MUST);
                }
                Query phrase = bigrams.size() == 1 ? new TermQuery(new Term(ArticleFields.BIGRAMS, bigrams.getFirst()))
                        : new PhraseQuery(ArticleFields.BIGRAMS, bigrams.toArray(String[]::new));
                ranked.add(new BoostQuery(phrase, 3f), BooleanClause.Occur.SHOULD);
            }
        }
        return ranked == null ? pieces : ranked.build();
    }

    private static Query pieces(QueryTerms terms) {
        List<Query> groups = new ArrayList<>();
        for (QueryTerms.Piece piece : terms.pieces()) {
            Query group = switch (piece) {
                case QueryTerms.ChineseWord w -> chinese(w);
                case QueryTerms.LatinWord w -> latin(w);
            };
            groups.add(group);
        }
        if (groups.size() == 1) {
            return groups.getFirst();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        groups.forEach(g -> all.add(g, BooleanClause.Occur.SHOULD));
        // Two pieces must both match; of a longer question at least half: an agent types the
        // customer's sentence with its filler words (要, 怎么办), and the score ranks fuller matches first.
        all.setMinimumNumberShouldMatch(groups.size() <= 2 ? groups.size() : (groups.size() + 1) / 2);
        return all.build();
    }

    private static Query chinese(QueryTerms.ChineseWord w) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        addText(any, w.word(), 1f);
        if (!w.bigrams().isEmpty()) {
            Query bigrams = w.bigrams().size() == 1
                    ? new TermQuery(new Term(ArticleFields.BIGRAMS, w.bigrams().getFirst()))
                    : new PhraseQuery(ArticleFields.BIGRAMS, w.bigrams().toArray(String[]::new));
            any.add(new BoostQuery(bigrams, 0.5f), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private static Query latin(QueryTerms.LatinWord w) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (w.stemmed() != null) {
            addText(any, w.stemmed(), 1f);
        }
        String raw = w.raw();
        if (raw.length() >= FUZZY_FROM && !isDigits(raw)) {
            any.add(new BoostQuery(new FuzzyQuery(new Term(ArticleFields.ENGLISH, raw), 1, 1), 0.6f), BooleanClause.Occur.SHOULD);
        }
        any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.PINYIN, raw)), 3f), BooleanClause.Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.INITIALS, raw)), 2f), BooleanClause.Occur.SHOULD);
        if (w.last()) {
            if (raw.length() >= 2) {
                any.add(new BoostQuery(new PrefixQuery(new Term(ArticleFields.PINYIN, raw)), 1.5f), BooleanClause.Occur.SHOULD);
                any.add(new BoostQuery(new PrefixQuery(new Term(ArticleFields.INITIALS, raw)), 0.8f), BooleanClause.Occur.SHOULD);
            }
            if (raw.length() >= 3) {
                any.add(new BoostQuery(new PrefixQuery(new Term(ArticleFields.ENGLISH, raw)), 0.8f), BooleanClause.Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static void addText(BooleanQuery.Builder any, String term, float weight) {
        any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.TITLE, term)), TITLE * weight), BooleanClause.Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.TAGS, term)), TAGS * weight), BooleanClause.Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.CATEGORY, term)), CATEGORY * weight), BooleanClause.Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(ArticleFields.BODY, term)), BODY * weight), BooleanClause.Occur.SHOULD);
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(Character::isDigit);
    }
}
