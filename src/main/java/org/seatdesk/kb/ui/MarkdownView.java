package org.seatdesk.kb.ui;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.seatdesk.i18n.Messages;
import org.seatdesk.kb.MarkdownBlocks;

/// Markdown as JavaFX nodes (no WebView: nothing runs, nothing is fetched). Each block carries a
/// small button that inserts its text into the ticket's description; a link shows its target in
/// a tooltip and is never opened from here.
final class MarkdownView {

    private MarkdownView() {
    }

    static VBox render(String markdown, Messages messages, Consumer<String> insert) {
        VBox out = new VBox(6);
        out.getStyleClass().add("kb-markdown");
        for (MarkdownBlocks.Block block : MarkdownBlocks.parse(markdown)) {
            Node content = switch (block) {
                case MarkdownBlocks.Heading h -> flow(h.spans(), "kb-h" + Math.min(h.level(), 3), messages);
                case MarkdownBlocks.Paragraph p -> flow(p.spans(), "kb-p", messages);
                case MarkdownBlocks.ListItem li -> listItem(li, messages);
                case MarkdownBlocks.Quote q -> flow(q.spans(), "kb-quote", messages);
                case MarkdownBlocks.Table t -> table(t, messages);
                case MarkdownBlocks.Code c -> flow(List.of(new MarkdownBlocks.Span(c.text(), MarkdownBlocks.Style.CODE, null)),
                        "kb-code", messages);
            };
            out.getChildren().add(withInsert(content, block.plain(), messages, insert));
        }
        return out;
    }

    private static Node withInsert(Node content, String plain, Messages messages, Consumer<String> insert) {
        Button button = new Button(null, new FontIcon(MaterialDesignT.TEXT_BOX_PLUS_OUTLINE));
        button.getStyleClass().addAll("flat", "kb-insert");
        button.setTooltip(new Tooltip(messages.get("kb.reader.insert")));
        button.setFocusTraversable(false);
        button.setOnAction(e -> insert.accept(plain));
        HBox row = new HBox(4, content, button);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("kb-block");
        HBox.setHgrow(content, Priority.ALWAYS);
        // The button shows on hover: the text stays calm to read.
        button.visibleProperty().bind(row.hoverProperty());
        return row;
    }

    private static Node listItem(MarkdownBlocks.ListItem item, Messages messages) {
        Text marker = new Text(item.marker() + " ");
        marker.getStyleClass().add("kb-marker");
        TextFlow flow = flow(item.spans(), "kb-li", messages);
        flow.getChildren().addFirst(marker);
        return flow;
    }

    private static Node table(MarkdownBlocks.Table table, Messages messages) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("kb-table");
        grid.setHgap(14);
        grid.setVgap(4);
        for (int r = 0; r < table.rows().size(); r++) {
            List<List<MarkdownBlocks.Span>> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                grid.add(flow(row.get(c), r == 0 ? "kb-th" : "kb-td", messages), c, r);
            }
        }
        return grid;
    }

    static TextFlow flow(List<MarkdownBlocks.Span> spans, String styleClass, Messages messages) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (MarkdownBlocks.Span span : spans) {
            Text text = new Text(span.text());
            text.getStyleClass().add("kb-" + span.style().name().toLowerCase(java.util.Locale.ROOT));
            if (span.style() == MarkdownBlocks.Style.LINK && span.target() != null) {
                Tooltip.install(text, new Tooltip(messages.get("kb.reader.linkTarget", span.target())));
            }
            flow.getChildren().add(text);
        }
        return flow;
    }
}
