package org.seatdesk.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/// The analyzers of the knowledge-base index (docs/adr, search design), shared by indexing,
/// querying and highlighting so that all three cut text the same way:
/// - words: SmartChineseAnalyzer — Chinese word segmentation; English lower-cased and Porter-stemmed;
/// - bigrams: overlapping pairs of Chinese characters, which find a word the segmenter cut
///   differently in the article than in the query (刷卡 inside 刷卡机);
/// - keywords: pinyin and plain English words, already cut by us, split on spaces.
/// Analyzers are thread-safe; one instance serves the whole seat.
public final class TextAnalysis implements AutoCloseable {

    /// Made on first use: a seat builds its analyzers when the knowledge base is first needed,
    /// not on the path to its first window (docs/performance.md, "Start-up pass 2").
    private Analyzers analyzers;
    private boolean closed;

    private record Analyzers(Analyzer words, Analyzer bigrams, Analyzer keywords, Analyzer perField) {

        static Analyzers create() {
            Analyzer words = new SmartChineseAnalyzer();
            Analyzer bigrams = new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream result = new CJKWidthFilter(source);
                    result = new LowerCaseFilter(result);
                    return new TokenStreamComponents(source, new CJKBigramFilter(result, CJKBigramFilter.HAN));
                }
            };
            Analyzer keywords = new WhitespaceAnalyzer();
            Analyzer perField = new PerFieldAnalyzerWrapper(words, Map.of(
                    ArticleFields.BIGRAMS, bigrams,
                    ArticleFields.PINYIN, keywords,
                    ArticleFields.INITIALS, keywords,
                    ArticleFields.WORD_INITIALS, keywords,
                    ArticleFields.ENGLISH, keywords));
            return new Analyzers(words, bigrams, keywords, perField);
        }
    }

    private synchronized Analyzers analyzers() {
        if (closed) {
            throw new IllegalStateException("the text analysis is closed");
        }
        if (analyzers == null) {
            analyzers = Analyzers.create();
        }
        return analyzers;
    }

    /// The analyzer an IndexWriter uses: each field of {@link ArticleFields} with its own.
    public Analyzer forIndex() {
        return analyzers().perField();
    }

    /// Words of `text` as the index holds them (segmented, stemmed), with their offsets.
    public List<Token> words(String text) {
        return tokens(analyzers().words(), text);
    }

    /// Overlapping Chinese character pairs (a lone character alone) of `text`.
    public List<Token> bigrams(String text) {
        return tokens(analyzers().bigrams(), text);
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }

    @Override
    public void close() {
        Analyzers made;
        synchronized (this) {
            closed = true;
            made = analyzers;
        }
        if (made != null) {
            made.words().close();
            made.bigrams().close();
            made.keywords().close();
        }
    }

    /// A term and where it came from in the text.
    public record Token(String term, int start, int end) {
    }
}
