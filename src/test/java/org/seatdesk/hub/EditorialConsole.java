package org.seatdesk.hub;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.seatdesk.kb.editorial.Actor;
import org.seatdesk.kb.editorial.CatalogueEntry;
import org.seatdesk.kb.editorial.EditorialAction;
import org.seatdesk.kb.editorial.RevisionDraft;
import org.seatdesk.kb.editorial.EditorialService;
import org.seatdesk.kb.editorial.KbSections;
import org.seatdesk.kb.editorial.MarkdownCleaner;
import org.seatdesk.security.Role;
import org.seatdesk.store.Database;
import org.seatdesk.store.DbExecutor;
import org.seatdesk.store.JooqArticleRepository;
import org.seatdesk.store.JooqEditorialRepository;
import org.seatdesk.store.JooqOutboxRepository;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubClock;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubWire;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.sync.TimeOrderedIds;

/// A console: its database, the editorial service, and a sync engine logged in as `staffNo`.
final class EditorialConsole implements AutoCloseable {
    final Database db;
    final DbExecutor executor = new DbExecutor();
    final EditorialService editorial;
    final JooqArticleRepository articles;
    final SyncEngine engine;
    final Actor actor;

    EditorialConsole(List<AutoCloseable> open, Path dir, HubProcess hub, String staffNo, String seatCode) {
        db = Database.openFile(dir, "seat");
        open.add(this);
        editorial = new EditorialService(new JooqEditorialRepository(db), Clock.systemUTC(),
                new TimeOrderedIds(Clock.systemUTC()), new MarkdownCleaner(), KbSections.NAMES);
        articles = new JooqArticleRepository(db);
        engine = new SyncEngine(new HubClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                hub.base, Duration.ofSeconds(10)), new JooqSyncRepository(db), executor,
                new SyncStatusService(new JooqOutboxRepository(db), Instant.now()),
                new HubClock(Clock.systemUTC(), Duration.ZERO), Clock.systemUTC(),
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(500), new SplittableRandom(3)),
                SyncEngine.Options.standard());
        HubWire.LoginAnswer me = engine.login(new HubCredentials(staffNo, "demo", seatCode));
        actor = new Actor(me.staffId(), me.name(), Role.valueOf(me.role()));
    }

    <T> T onDb(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor).join();
    }

    SyncEngine.Round sync() {
        return engine.syncOnce();
    }

    /// R-KB-1 up to the issuing department's confirmation: the editor registers the notice, the
    /// centre director reads it, the editor edits, enters and records the confirmation. The item
    /// is then ready for {@link #publish}; its id is the article's.
    static UUID confirmedItem(EditorialConsole editor, EditorialConsole director, RevisionDraft draft) {
        UUID item = editor.onDb(() -> editor.editorial.receiveNotice(editor.actor, draft.title(), "银行卡部")).itemId();
        editor.sync();
        director.sync();
        director.onDb(() -> director.editorial.take(director.actor, item, EditorialAction.DIRECTOR_READ, null));
        director.sync();
        editor.sync();
        editor.onDb(() -> {
            editor.editorial.take(editor.actor, item, EditorialAction.START_EDITING, null);
            editor.editorial.saveRevision(editor.actor, item, draft);
            editor.editorial.take(editor.actor, item, EditorialAction.ENTER, null);
            return editor.editorial.take(editor.actor, item, EditorialAction.CONFIRM, "银行卡部 电话确认");
        });
        return item;
    }

    /// Editors manage the catalogue (R-KB-2): a revision must name a category of it.
    void addCategory(String section, String category) {
        onDb(() -> editorial.changeCatalogue(actor, section, category, CatalogueEntry.Change.ADD));
    }

    /// The flow's last step, pushed at once.
    void publish(UUID item) {
        onDb(() -> editorial.take(actor, item, EditorialAction.PUBLISH, null));
        sync();
    }

    /// R-KB-2: the removal's start and end, pushed at once.
    void remove(UUID item) {
        onDb(() -> {
            editorial.take(actor, item, EditorialAction.START_REMOVAL, "政策已废止");
            return editorial.take(actor, item, EditorialAction.REMOVE, null);
        });
        sync();
    }

    @Override
    public void close() {
        engine.close();
        executor.close();
        db.close();
    }
}

