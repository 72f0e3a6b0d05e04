package org.seatdesk.kb;

/// Field names of the knowledge-base index (one Lucene document per live article).
final class ArticleFields {

    static final String ID = "id";
    static final String SECTION = "section";
    static final String LANGUAGE = "language";
    static final String VERSION = "version";
    /// Analysed with SmartChineseAnalyzer (words) and stored, for display and highlighting.
    static final String TITLE = "title";
    static final String CATEGORY = "category";
    static final String TAGS = "tags";
    static final String BODY = "body";
    /// Chinese character bigrams of all text (not stored).
    static final String BIGRAMS = "bi";
    /// Full pinyin of the Chinese words of title, category and tags (and of runs of them).
    static final String PINYIN = "py";
    /// Pinyin initials of the same words and runs.
    static final String INITIALS = "pyi";
    /// Pinyin initials of whole words only: each Chinese tag as the editor wrote it and each word
    /// of two characters or more of the title. Two letters (`fc`) spell initials of many runs of
    /// words; one that names a whole word (翡翠) ranks above one that spells across words.
    static final String WORD_INITIALS = "pywi";
    /// Plain English words of all text, unstemmed: the field of typo-tolerant (fuzzy) matching.
    static final String ENGLISH = "en";

    private ArticleFields() {
    }
}
