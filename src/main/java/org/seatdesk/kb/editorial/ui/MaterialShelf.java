package org.seatdesk.kb.editorial.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.seatdesk.i18n.Messages;
import org.seatdesk.kb.editorial.Actor;
import org.seatdesk.kb.editorial.EditorialException;
import org.seatdesk.kb.editorial.EditorialService;
import org.seatdesk.kb.editorial.ItemSummary;
import org.seatdesk.kb.editorial.KeptMaterial;
import org.seatdesk.kb.editorial.Material;
import org.seatdesk.kb.editorial.Reassembly;
import org.seatdesk.ui.Background;

/// The original material tab's state and commands (R-KB-2, ADR 0023): the item's files with how
/// much of each has arrived, attaching a file (refused over 10 MiB, said beside the button), and
/// saving a copy put together from its chunks. Files are read and written on the {@link Background}.
public final class MaterialShelf {

    private final EditorialService service;
    private final Actor actor;
    private final Messages messages;
    private final Background background;
    private final BooleanProperty busy;
    private final Runnable saved;
    private final ObservableList<KeptMaterial> materials = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    MaterialShelf(EditorialService service, Actor actor, Messages messages, Background background, BooleanProperty busy,
                  Runnable saved) {
        this.service = service;
        this.actor = actor;
        this.messages = messages;
        this.background = background;
        this.busy = busy;
        this.saved = saved;
    }

    public ObservableList<KeptMaterial> materials() {
        return materials;
    }

    /// What the last attach or copy did, or why it was refused: shown in the tab, next to the action.
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    void show(List<KeptMaterial> kept) {
        materials.setAll(kept);
    }

    void clear() {
        materials.clear();
        note.set("");
    }

    /// Keeps `file` with the item. A file over {@link Material#SIZE_LIMIT} is refused before it is
    /// read; nothing is attached then, and nothing else on the page changes.
    public void attach(ItemSummary item, Path file) {
        run(() -> {
            byte[] content;
            try {
                if (Files.size(file) > Material.SIZE_LIMIT) {
                    throw new EditorialException("material_size", "larger than " + Material.SIZE_LIMIT + " bytes");
                }
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new EditorialException("material_unreadable", e.getMessage());
            }
            String type;
            try {
                type = Files.probeContentType(file);
            } catch (IOException e) {
                type = null;
            }
            return service.attach(actor, item.id(), file.getFileName().toString(), type, content);
        }, m -> {
            note.set(messages.get("kb.editor.material.added", m.fileName()));
            saved.run();
            materials.add(new KeptMaterial(m, m.chunkCount()));
        });
    }

    /// Writes the file, put together from its chunks and checked against its sha-256, to `target`.
    public void saveCopy(KeptMaterial kept, Path target) {
        run(() -> {
            Reassembly whole = service.content(kept.material());
            switch (whole) {
                case Reassembly.Complete complete -> {
                    try {
                        Files.write(target, complete.content());
                    } catch (IOException e) {
                        throw new EditorialException("material_unwritable", e.getMessage());
                    }
                }
                case Reassembly.Incomplete incomplete -> throw new EditorialException("material_incomplete",
                        incomplete.have() + " of " + incomplete.of());
                case Reassembly.Corrupt corrupt -> throw new EditorialException("material_corrupt", corrupt.reason());
            }
            return target;
        }, path -> note.set(messages.get("kb.editor.material.copied", kept.material().fileName(), path.toString())));
    }

    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        note.set("");
        background.run(work, value -> {
            busy.set(false);
            done.accept(value);
        }, error -> {
            busy.set(false);
            note.set(error instanceof EditorialException refused ? RefusalText.of(messages, refused)
                    : messages.get("kb.editor.failed"));
        });
    }
}
