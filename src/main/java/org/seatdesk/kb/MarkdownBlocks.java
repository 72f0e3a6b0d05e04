package org.seatdesk.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// A safe subset of Markdown as blocks and styled spans, for the reader to turn into JavaFX
/// nodes (design.md: articles render without script or remote content). Nothing here is ever
/// interpreted as HTML: raw HTML stays visible text; images are not fetched (their alt text is
/// shown); a link keeps its target only for `http`, `https` and `mailto`, and the reader shows it
/// as text, never loading it.
public final class MarkdownBlocks {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+)[.)]\\s+(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{2,}.*$");
    private static final Pattern INLINE = Pattern.compile(
            "!\\[([^\\]]*)]\\(([^)]*)\\)|\\[([^\\]]+)]\\(([^)\\s]*)\\)|\\*\\*(.+?)\\*\\*|`([^`]+)`|\\*(.+?)\\*|_(.+?)_");

    private MarkdownBlocks() {
    }

    public sealed interface Block {
        /// The block's text without markup: what "insert into the description" copies.
        String plain();
    }

    public record Heading(int level, List<Span> spans) implements Block {
        public String plain() {
            return MarkdownBlocks.plain(spans);
        }
    }

    public record Paragraph(List<Span> spans) implements Block {
        public String plain() {
            return MarkdownBlocks.plain(spans);
        }
    }

    /// `marker` is "•" or "3." for a numbered item.
    public record ListItem(String marker, List<Span> spans) implements Block {
        public String plain() {
            return marker + " " + MarkdownBlocks.plain(spans);
        }
    }

    public record Quote(List<Span> spans) implements Block {
        public String plain() {
            return MarkdownBlocks.plain(spans);
        }
    }

    public record Table(List<List<List<Span>>> rows) implements Block {
        public String plain() {
            StringBuilder out = new StringBuilder();
            for (List<List<Span>> row : rows) {
                out.append(String.join(" | ", row.stream().map(MarkdownBlocks::plain).toList())).append('\n');
            }
            return out.toString().strip();
        }
    }

    public record Code(String text) implements Block {
        public String plain() {
            return text;
        }
    }

    public enum Style { PLAIN, BOLD, ITALIC, CODE, LINK }

    /// `target` only for a link with an allowed scheme; null otherwise.
    public record Span(String text, Style style, String target) {
    }

    public static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<List<List<Span>>> table = new ArrayList<>();
        StringBuilder code = null;
        for (String raw : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.stripTrailing();
            if (code != null) {
                if (line.strip().startsWith("```")) {
                    blocks.add(new Code(code.toString().stripTrailing()));
                    code = null;
                } else {
                    code.append(line).append('\n');
                }
                continue;
            }
            if (!line.strip().startsWith("|") && !table.isEmpty()) {
                blocks.add(new Table(List.copyOf(table)));
                table.clear();
            }
            Matcher m;
            if (line.strip().startsWith("```")) {
                flush(paragraph, blocks);
                code = new StringBuilder();
            } else if (line.isBlank()) {
                flush(paragraph, blocks);
            } else if ((m = HEADING.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Heading(m.group(1).length(), spans(m.group(2))));
            } else if (line.strip().startsWith(">")) {
                flush(paragraph, blocks);
                blocks.add(new Quote(spans(line.strip().substring(1).strip())));
            } else if ((m = BULLET.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new ListItem("•", spans(m.group(1))));
            } else if ((m = NUMBERED.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new ListItem(m.group(1) + ".", spans(m.group(2))));
            } else if (line.strip().startsWith("|")) {
                flush(paragraph, blocks);
                if (!TABLE_RULE.matcher(line.strip()).matches()) {
                    table.add(cells(line.strip()));
                }
            } else {
                paragraph.add(line.strip());
            }
        }
        if (code != null) {
            blocks.add(new Code(code.toString().stripTrailing()));
        }
        if (!table.isEmpty()) {
            blocks.add(new Table(List.copyOf(table)));
        }
        flush(paragraph, blocks);
        return List.copyOf(blocks);
    }

    private static void flush(List<String> paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(spans(String.join(" ", paragraph))));
            paragraph.clear();
        }
    }

    private static List<List<Span>> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<List<Span>> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(spans(cell.strip()));
        }
        return cells;
    }

    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Span(text.substring(at, m.start()), Style.PLAIN, null));
            }
            if (m.group(1) != null) {
                // Images are remote content: never fetched, the alt text stands in.
                out.add(new Span("[" + (m.group(1).isBlank() ? "image" : m.group(1)) + "]", Style.ITALIC, null));
            } else if (m.group(3) != null) {
                out.add(new Span(m.group(3), Style.LINK, allowedTarget(m.group(4))));
            } else if (m.group(5) != null) {
                out.add(new Span(m.group(5), Style.BOLD, null));
            } else if (m.group(6) != null) {
                out.add(new Span(m.group(6), Style.CODE, null));
            } else {
                out.add(new Span(m.group(7) != null ? m.group(7) : m.group(8), Style.ITALIC, null));
            }
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Span(text.substring(at), Style.PLAIN, null));
        }
        return List.copyOf(out);
    }

    /// design.md: links only `http`, `https`, `mailto`; anything else (javascript:, data:, file:) is dropped.
    static String allowedTarget(String target) {
        String t = target.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("mailto:") ? target.strip() : null;
    }

    private static String plain(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.text()));
        return out.toString();
    }
}
