package org.seatdesk.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/// An article as a Lucene document. Pinyin is derived from title, category and tags only: those
/// name what the article is about, which is what an agent types in pinyin; pinyin of every body
/// word would make short initials (`sk`) match nearly everything (ADR "Knowledge-base search").
final class ArticleDocuments {

    /// Runs of up to this many Chinese words also get the pinyin of the whole run, so
    /// `shuakaji` finds 刷卡机 even when the segmenter cut it as 刷卡 + 机.
    private static final int MAX_RUN = 4;
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z][a-z0-9]+");

    private final TextAnalysis analysis;
    private final Pinyin pinyin;

    ArticleDocuments(TextAnalysis analysis, Pinyin pinyin) {
        this.analysis = analysis;
        this.pinyin = pinyin;
    }

    Document toDocument(Article a) {
        String body = MarkdownText.plain(a.body());
        String tags = String.join(" ", a.tags());
        Document doc = new Document();
        doc.add(new StringField(ArticleFields.ID, a.id().toString(), Field.Store.YES));
        doc.add(new StringField(ArticleFields.SECTION, a.section().name(), Field.Store.YES));
        doc.add(new StringField(ArticleFields.LANGUAGE, a.language(), Field.Store.YES));
        doc.add(new StoredField(ArticleFields.VERSION, a.version()));
        doc.add(new TextField(ArticleFields.TITLE, a.title(), Field.Store.YES));
        doc.add(new TextField(ArticleFields.CATEGORY, a.category(), Field.Store.YES));
        doc.add(new TextField(ArticleFields.TAGS, tags, Field.Store.YES));
        doc.add(new TextField(ArticleFields.BODY, body, Field.Store.YES));
        String all = a.title() + "\n" + a.category() + "\n" + tags + "\n" + body;
        doc.add(new TextField(ArticleFields.BIGRAMS, all, Field.Store.NO));
        doc.add(new TextField(ArticleFields.ENGLISH, latinWords(all), Field.Store.NO));
        Set<String> full = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        for (String text : List.of(a.title(), a.category(), tags)) {
            spell(text, full, initials);
        }
        doc.add(new TextField(ArticleFields.PINYIN, String.join(" ", full), Field.Store.NO));
        doc.add(new TextField(ArticleFields.INITIALS, String.join(" ", initials), Field.Store.NO));
        doc.add(new TextField(ArticleFields.WORD_INITIALS, String.join(" ", wordInitials(a)), Field.Store.NO));
        return doc;
    }

    /// Initials of the words that stand whole: Chinese tags as written (a segmenter may cut a rare
    /// word such as 竹编 into characters), and the title's words of two characters or more.
    private Set<String> wordInitials(Article a) {
        Set<String> out = new LinkedHashSet<>();
        for (String tag : a.tags()) {
            out.addAll(pinyin.of(tag.strip()).initials());
        }
        for (TextAnalysis.Token t : analysis.words(a.title())) {
            if (t.end() - t.start() >= 2) {
                out.addAll(pinyin.of(t.term()).initials());
            }
        }
        return out;
    }

    /// Pinyin of each Chinese word of `text` and of each run of 2..MAX_RUN consecutive ones.
    private void spell(String text, Set<String> full, Set<String> initials) {
        List<Pinyin.Spellings> run = new ArrayList<>();
        int lastEnd = -1;
        for (TextAnalysis.Token t : analysis.words(text)) {
            Pinyin.Spellings s = pinyin.of(t.term());
            boolean adjacent = lastEnd >= 0 && text.substring(lastEnd, t.start()).isBlank();
            if (s.isEmpty() || !adjacent) {
                run.clear();
            }
            if (!s.isEmpty()) {
                run.add(s);
                if (run.size() > MAX_RUN) {
                    run.removeFirst();
                }
                for (int from = 0; from < run.size(); from++) {
                    addRun(run.subList(from, run.size()), full, initials);
                }
            }
            lastEnd = t.end();
        }
    }

    /// The run's spellings: every combination of its words' readings, at most
    /// {@link Pinyin#MAX_READINGS} (银行卡: yinxingka and yinhangka).
    private static void addRun(List<Pinyin.Spellings> words, Set<String> full, Set<String> initials) {
        List<String> fulls = List.of("");
        List<String> inits = List.of("");
        for (Pinyin.Spellings word : words) {
            fulls = combine(fulls, word.full());
            inits = combine(inits, word.initials());
        }
        full.addAll(fulls);
        initials.addAll(inits);
    }

    private static List<String> combine(List<String> prefixes, Set<String> endings) {
        List<String> out = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String ending : endings) {
                if (out.size() < Pinyin.MAX_READINGS) {
                    out.add(prefix + ending);
                }
            }
        }
        return out;
    }

    static String latinWords(String text) {
        Matcher m = LATIN_WORD.matcher(text.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(m.group()).append(' ');
        }
        return out.toString();
    }
}
