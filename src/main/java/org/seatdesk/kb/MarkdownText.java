package org.seatdesk.kb;

import java.util.regex.Pattern;

/// Markdown reduced to its words, for the index and result snippets: markup, link targets and
/// image references go, the text stays.
public final class MarkdownText {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINE_MARKS = Pattern.compile("(?m)^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern INLINE_MARKS = Pattern.compile("[*_`~]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MarkdownText() {
    }

    public static String plain(String markdown) {
        String s = IMAGE.matcher(markdown).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = LINE_MARKS.matcher(s).replaceAll("");
        s = INLINE_MARKS.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
