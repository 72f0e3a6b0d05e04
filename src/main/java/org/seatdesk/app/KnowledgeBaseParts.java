package org.seatdesk.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import org.seatdesk.i18n.Messages;
import org.seatdesk.kb.Article;
import org.seatdesk.kb.ui.KbSearchView;
import org.seatdesk.kb.ui.KbSearchViewModel;
import org.seatdesk.kb.ui.QuickSearch;
import org.seatdesk.kb.ui.TicketHook;
import org.seatdesk.security.Session;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketField;
import org.seatdesk.ticket.ui.TicketFormViewModel;
import org.seatdesk.ui.Background;
import org.seatdesk.ui.FxExecutor;

/// The knowledge base in a logged-in seat console (R-KB-4): the KNOWLEDGE_BASE page, the quick
/// search over any page (F6, also Ctrl+K), and their hook into the ticket form — a passage goes
/// into the description, a linked article is recorded with the ticket when it is saved.
final class KnowledgeBaseParts implements TicketHook {

    private static final KeyCombination CTRL_K = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private final SeatContext context;
    private final Session session;
    private final TicketFormViewModel form;
    private final KbSearchViewModel pageModel;
    private final KbSearchViewModel quickModel;
    private final KbSearchView page;
    private final QuickSearch quick;
    /// Articles linked to the ticket being written, by id: recorded when it is saved.
    private final Map<UUID, Article> pendingLinks = new LinkedHashMap<>();

    KnowledgeBaseParts(SeatContext context, Session session, TicketFormViewModel form, Messages messages,
                       Background db) {
        this.context = context;
        this.session = session;
        this.form = form;
        Background search = new Background(context.kbSearch, new FxExecutor());
        UUID staff = session.staff().id();
        this.pageModel = new KbSearchViewModel(context.kb, staff, messages, search, db, this);
        this.quickModel = new KbSearchViewModel(context.kb, staff, messages, search, db, this);
        this.page = new KbSearchView(pageModel, messages, context.zone);
        this.quick = new QuickSearch(new KbSearchView(quickModel, messages, context.zone), messages);
    }

    Node page() {
        return page.root();
    }

    KbSearchViewModel pageModel() {
        return pageModel;
    }

    KbSearchViewModel quickModel() {
        return quickModel;
    }

    QuickSearch quick() {
        return quick;
    }

    /// F6 (or Ctrl+K) anywhere in `root` opens or closes the quick search over `window`; `quick`
    /// gives it, built on this first use.
    static void installShortcut(Node root, java.util.function.Supplier<QuickSearch> quick, Window window) {
        // on the scene while `root` shows: a key press with no focus owner goes to the scene
        org.seatdesk.ui.SceneKeys.whileShown(root, e -> {
            if (e.getCode() == KeyCode.F6 || CTRL_K.match(e)) {
                quick.get().toggle(window);
                e.consume();
            }
        });
    }

    /// The form saved a ticket: the articles linked while it was written are linked to it.
    void ticketSaved(Ticket ticket) {
        if (pendingLinks.isEmpty()) {
            return;
        }
        var articles = java.util.List.copyOf(pendingLinks.values());
        pendingLinks.clear();
        // R-TK-13: each link is a history entry of the ticket, synced with it (ADR 0022).
        context.dbExecutor.execute(() -> articles.forEach(a -> context.kbLinks.link(ticket.id(), a, session.staff().id(),
                session.staff().name())));
    }

    @Override
    public void appendToDescription(String passage) {
        var description = form.text(TicketField.DESCRIPTION);
        String current = description.get() == null ? "" : description.get();
        description.set(current.isBlank() ? passage : current.stripTrailing() + "\n" + passage);
    }

    @Override
    public void link(Article article) {
        pendingLinks.put(article.id(), article);
    }

    @Override
    public boolean isLinked(Article article) {
        return pendingLinks.containsKey(article.id());
    }
}
