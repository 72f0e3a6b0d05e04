package org.seatdesk.kb.editorial.ui;

import javafx.scene.Node;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.seatdesk.kb.editorial.MarkdownCleaner;

/// Renders an article's Markdown as JavaFX text nodes, after cleaning (ADR 0016): no WebView,
/// so nothing can run script or fetch remote content. Raw HTML is dropped, images show their
/// alt text, links show their text with the address in a tooltip and never open anything.
public final class MarkdownPreview {

    private final Parser parser = Parser.builder().build();
    private final MarkdownCleaner cleaner;

    public MarkdownPreview(MarkdownCleaner cleaner) {
        this.cleaner = cleaner;
    }

    public VBox render(String markdown) {
        VBox out = new VBox(8);
        out.getStyleClass().add("kb-preview");
        blocks(parser.parse(cleaner.clean(markdown)), out, 0);
        return out;
    }

    private void blocks(org.commonmark.node.Node parent, VBox out, int depth) {
        int number = parent instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            switch (block) {
                case Heading heading -> out.getChildren().add(flow(heading, "kb-preview-h" + Math.min(heading.getLevel(), 3)));
                case Paragraph paragraph -> out.getChildren().add(flow(paragraph, "kb-preview-p"));
                case BulletList list -> out.getChildren().add(list(list, depth));
                case OrderedList list -> out.getChildren().add(list(list, depth));
                case ListItem item -> {
                    String marker = parent instanceof OrderedList ? (number++) + "." : "•";
                    VBox content = new VBox(4);
                    blocks(item, content, depth + 1);
                    Text bullet = new Text(marker + " ");
                    bullet.getStyleClass().add("kb-preview-text");
                    HBox line = new HBox(4, bullet, content);
                    out.getChildren().add(line);
                }
                case BlockQuote quote -> {
                    VBox inner = new VBox(6);
                    inner.getStyleClass().add("kb-preview-quote");
                    blocks(quote, inner, depth);
                    out.getChildren().add(inner);
                }
                case FencedCodeBlock code -> out.getChildren().add(code(code.getLiteral()));
                case IndentedCodeBlock code -> out.getChildren().add(code(code.getLiteral()));
                case ThematicBreak rule -> out.getChildren().add(new Separator());
                default -> { } // raw HTML never gets here: the cleaner removed it
            }
        }
    }

    private Node list(org.commonmark.node.Node list, int depth) {
        VBox items = new VBox(4);
        items.setPadding(new javafx.geometry.Insets(0, 0, 0, 12 * Math.min(depth, 4)));
        blocks(list, items, depth);
        return items;
    }

    private static Node code(String literal) {
        Text text = new Text(literal.stripTrailing());
        text.getStyleClass().add("kb-preview-code");
        TextFlow flow = new TextFlow(text);
        flow.getStyleClass().add("kb-preview-codeblock");
        return flow;
    }

    private static TextFlow flow(org.commonmark.node.Node block, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        inline(block, flow, "");
        return flow;
    }

    private static void inline(org.commonmark.node.Node parent, TextFlow flow, String styles) {
        for (org.commonmark.node.Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case org.commonmark.node.Text text -> flow.getChildren().add(text(text.getLiteral(), styles));
                case Code code -> flow.getChildren().add(text(code.getLiteral(), styles + " kb-preview-code"));
                case Emphasis emphasis -> inline(emphasis, flow, styles + " kb-preview-em");
                case StrongEmphasis strong -> inline(strong, flow, styles + " kb-preview-strong");
                case SoftLineBreak soft -> flow.getChildren().add(text(" ", styles));
                case HardLineBreak hard -> flow.getChildren().add(text("\n", styles));
                case Link link -> {
                    int before = flow.getChildren().size();
                    inline(link, flow, styles + " kb-preview-link");
                    for (Node added : flow.getChildren().subList(before, flow.getChildren().size())) {
                        Tooltip.install(added, new Tooltip(link.getDestination()));
                    }
                }
                default -> inline(node, flow, styles); // an image's alt text; nothing else is left after cleaning
            }
        }
    }

    private static Text text(String literal, String styles) {
        Text text = new Text(literal);
        text.getStyleClass().add("kb-preview-text");
        for (String style : styles.strip().split("\\s+")) {
            if (!style.isEmpty()) {
                text.getStyleClass().add(style);
            }
        }
        return text;
    }
}
