package org.seatdesk.ticket;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/// Keeps the agent's unfinished form on disk within a second of typing, so a crash loses nothing.
/// Keystrokes are coalesced: at most one write per `delay`, always of the latest form.
public final class DraftAutosave {

    public static final Duration DEFAULT_DELAY = Duration.ofMillis(300);

    private final DraftRepository drafts;
    private final UUID staffId;
    private final BiConsumer<Runnable, Duration> scheduler;
    private final Duration delay;
    private final AtomicReference<TicketDraft> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /// @param scheduler runs a task after a delay, on the database thread
    public DraftAutosave(DraftRepository drafts, UUID staffId, BiConsumer<Runnable, Duration> scheduler, Duration delay) {
        this.drafts = drafts;
        this.staffId = staffId;
        this.scheduler = scheduler;
        this.delay = delay;
    }

    public void changed(TicketDraft draft) {
        latest.set(draft);
        if (scheduled.compareAndSet(false, true)) {
            scheduler.accept(this::flush, delay);
        }
    }

    private void flush() {
        scheduled.set(false);
        TicketDraft draft = latest.get();
        if (draft == null) {
            return;
        }
        if (draft.isBlank()) {
            drafts.discard(staffId);
        } else {
            drafts.save(staffId, draft);
        }
    }
}
