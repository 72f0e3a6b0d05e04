package org.seatdesk.kb.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/// Cleans an article's Markdown on save (design.md security baseline; ADR 0016): raw HTML is
/// dropped, links keep only `http`, `https` and `mailto` (anything else becomes its plain
/// text), and images become their alt text, since an article shows no remote content. The
/// check runs on the parsed document, where entities are already decoded, so
/// `javascript&#58;` is seen as `javascript:`. Text without anything unsafe comes back exactly
/// as typed, so an editor's layout is never reformatted for nothing.
public final class MarkdownCleaner {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    /// Browsers ignore these inside a scheme (`java\tscript:`), so they are ignored before the check too.
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\x00-\\x1F\\x7F\\u00AD\\u200B-\\u200F\\u2028\\u2029\\uFEFF]");

    private static final int MAX_PASSES = 8;
    private static final Pattern MARKUP = Pattern.compile("[<>\\[\\]]");

    /// Built on first use (the lazy holder idiom), not with the seat's services: a seat console
    /// that never edits an article never loads commonmark (docs/performance.md, "Start-up pass 2").
    /// Both are immutable and thread-safe.
    private static final class Commonmark {
        static final Parser PARSER = Parser.builder().build();
        static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();
    }

    /// The Markdown with every unsafe construct removed; safe input is returned unchanged.
    public String clean(String markdown) {
        String text = CONTROL.matcher(markdown).replaceAll("");
        // Removing a tag may join text into something new (`<<b>script>`): clean until stable.
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String cleaned = cleanOnce(text);
            if (cleaned.equals(text)) {
                return text;
            }
            text = cleaned;
        }
        // Not reached by any input we know; if it were, nothing can form markup any more.
        return MARKUP.matcher(text).replaceAll("\\\\$0");
    }

    private String cleanOnce(String text) {
        Node document = Commonmark.PARSER.parse(text);
        List<Node> unsafe = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock htmlBlock) {
                unsafe.add(htmlBlock);
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                unsafe.add(htmlInline);
            }

            @Override
            public void visit(Link link) {
                if (!isSafeDestination(link.getDestination())) {
                    unsafe.add(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                unsafe.add(image);
                visitChildren(image);
            }
        });
        if (unsafe.isEmpty()) {
            return text;
        }
        for (Node node : unsafe) {
            switch (node) {
                case HtmlBlock block -> block.unlink();
                case HtmlInline inline -> inline.unlink();
                default -> unwrap(node);
            }
        }
        return Commonmark.RENDERER.render(document);
    }

    /// True if the Markdown holds nothing {@link #clean} would remove.
    public boolean isClean(String markdown) {
        return clean(markdown).equals(markdown);
    }

    /// R-KB-4 reading and the preview: only these schemes open anything.
    public static boolean isSafeDestination(String destination) {
        if (destination == null) {
            return false;
        }
        String plain = INVISIBLE.matcher(destination).replaceAll("").toLowerCase(Locale.ROOT);
        return plain.startsWith("http://") || plain.startsWith("https://") || plain.startsWith("mailto:");
    }

    /// Replaces a link or image by its text, keeping what the reader sees.
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }
}
