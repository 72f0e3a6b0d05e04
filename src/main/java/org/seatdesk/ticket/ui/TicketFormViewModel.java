package org.seatdesk.ticket.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.DraftAutosave;
import org.seatdesk.ticket.FieldProblem;
import org.seatdesk.ticket.InvalidTicketException;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.TicketField;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ticket.TicketType;
import org.seatdesk.ui.Background;

/// The intake form (R-TK-3): what the agent types, the message at each field, and the save
/// command. Every edit goes to the draft autosave; nothing typed is lost on refusal or crash.
public final class TicketFormViewModel {

    private final ObjectProperty<TicketType> type = new SimpleObjectProperty<>();
    private final BooleanProperty urgent = new SimpleBooleanProperty();
    private final ObjectProperty<ServiceKind> serviceKind = new SimpleObjectProperty<>();
    private final ObjectProperty<RequesterKind> requesterKind = new SimpleObjectProperty<>();
    private final Map<TicketField, StringProperty> texts = new EnumMap<>(TicketField.class);
    private final Map<TicketField, ReadOnlyStringWrapper> errors = new EnumMap<>(TicketField.class);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noticeIsError = new ReadOnlyBooleanWrapper();

    private final TicketService tickets;
    private final DraftAutosave autosave;
    private final Author author;
    private final Messages messages;
    private final Background background;
    private final Consumer<Ticket> onSaved;
    private boolean saveAttempted;
    private boolean countShown;
    private TicketDraft cancelled;
    private Consumer<TicketField> focus = field -> { };

    public TicketFormViewModel(TicketService tickets, DraftAutosave autosave, Author author, Messages messages,
                               Background background, Consumer<Ticket> onSaved) {
        this.tickets = tickets;
        this.autosave = autosave;
        this.author = author;
        this.messages = messages;
        this.background = background;
        this.onSaved = onSaved;
        for (TicketField field : TicketField.values()) {
            errors.put(field, new ReadOnlyStringWrapper(""));
            if (TicketValidatorTexts.isText(field)) {
                texts.put(field, new SimpleStringProperty(""));
            }
        }
        fill(TicketDraft.empty());
        List<Observable> inputs = new java.util.ArrayList<>(texts.values());
        inputs.addAll(List.of(type, urgent, serviceKind, requesterKind));
        inputs.forEach(input -> input.addListener(changed -> edited()));
    }

    public ObjectProperty<TicketType> typeProperty() {
        return type;
    }

    public BooleanProperty urgentProperty() {
        return urgent;
    }

    public ObjectProperty<ServiceKind> serviceKindProperty() {
        return serviceKind;
    }

    public ObjectProperty<RequesterKind> requesterKindProperty() {
        return requesterKind;
    }

    public StringProperty text(TicketField field) {
        StringProperty property = texts.get(field);
        if (property == null) {
            throw new IllegalArgumentException(field + " is not a text field");
        }
        return property;
    }

    public ReadOnlyStringProperty error(TicketField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /// A line under the form: what was saved, or why saving failed.
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /// The view puts the cursor where the flow goes on: at the first field in error after a
    /// refused save, at the type for the next call after a save.
    public void onFocusRequest(Consumer<TicketField> focus) {
        this.focus = focus;
    }

    public ReadOnlyBooleanProperty noticeIsErrorProperty() {
        return noticeIsError.getReadOnlyProperty();
    }

    public TicketDraft draft() {
        return new TicketDraft(type.get(), urgent.get() ? Level.URGENT : Level.NORMAL, serviceKind.get(),
                requesterKind.get(), t(TicketField.REQUESTER_NAME), t(TicketField.TERMINAL_ID),
                t(TicketField.MERCHANT_ID), t(TicketField.POS_BARCODE), t(TicketField.INSTALL_ADDRESS),
                t(TicketField.CONTACT_PERSON), t(TicketField.CONTACT_PHONE), t(TicketField.DESCRIPTION));
    }

    /// Puts a restored draft back into the form, exactly as it was typed.
    public void restore(TicketDraft draft) {
        fill(draft);
        notice.set(messages.get("form.draftRestored"));
        noticeIsError.set(false);
    }

    /// R-TK-3: refuses with a message at each wrong field; otherwise saves off the FX thread.
    public void save() {
        if (saving.get()) {
            return;
        }
        saveAttempted = true;
        TicketDraft draft = draft();
        List<FieldProblem> problems = tickets.check(draft);
        showProblems(problems);
        if (!problems.isEmpty()) {
            showCount(problems);
            focusFirst(problems);
            return;
        }
        saving.set(true);
        background.run(() -> tickets.register(draft, author), this::saved, this::failed);
    }

    /// Esc: empties the form, keeping what it held so that {@link #undoCancel()} brings it back.
    public void cancel() {
        TicketDraft current = draft();
        if (current.isBlank()) {
            return;
        }
        cancelled = current;
        clear();
        notice.set(messages.get("form.cancelled"));
        noticeIsError.set(false);
    }

    /// Ctrl+Z after a cancel: nothing typed is lost to a stray Esc.
    public boolean undoCancel() {
        if (cancelled == null) {
            return false;
        }
        fill(cancelled);
        cancelled = null;
        notice.set(messages.get("form.restored"));
        noticeIsError.set(false);
        return true;
    }

    /// Empties the form for the next call (the draft goes with it).
    public void clear() {
        fill(TicketDraft.empty());
        saveAttempted = false;
        countShown = false;
        showProblems(List.of());
        notice.set("");
    }


    private void saved(Ticket ticket) {
        saving.set(false);
        clear();
        cancelled = null;   // the form held the saved ticket: nothing to bring back
        notice.set(messages.get("form.saved", ticket.number()));
        noticeIsError.set(false);
        focus.accept(TicketField.TYPE); // the next call starts with its type
        onSaved.accept(ticket);
    }

    private void failed(Throwable error) {
        saving.set(false);
        noticeIsError.set(true);
        if (error instanceof InvalidTicketException invalid) {
            showProblems(invalid.problems());
            showCount(invalid.problems());
            focusFirst(invalid.problems());
        } else {
            notice.set(messages.get("form.saveFailed", String.valueOf(error.getMessage())));
        }
    }

    private void edited() {
        autosave.changed(draft());
        if (saveAttempted) {
            List<FieldProblem> problems = tickets.check(draft());
            showProblems(problems);
            if (countShown) {
                showCount(problems);
            }
        }
    }

    /// "Not saved: 3 fields need attention", counting down as the fields are fixed.
    private void showCount(List<FieldProblem> problems) {
        countShown = true;
        long fields = problems.stream().map(FieldProblem::field).distinct().count();
        notice.set(fields == 0 ? messages.get("form.allFixed") : messages.get("form.fixFields", fields));
        noticeIsError.set(fields > 0);
    }

    /// The first field in error in the order of the form (TicketField's order is its tab order).
    private void focusFirst(List<FieldProblem> problems) {
        problems.stream().map(FieldProblem::field).min(java.util.Comparator.naturalOrder()).ifPresent(focus);
    }

    private void showProblems(List<FieldProblem> problems) {
        errors.values().forEach(e -> e.set(""));
        for (FieldProblem problem : problems) {
            ReadOnlyStringWrapper error = errors.get(problem.field());
            if (error.get().isEmpty()) {
                error.set(TicketValidatorTexts.message(messages, problem));
            }
        }
    }

    private void fill(TicketDraft d) {
        type.set(d.type());
        urgent.set(d.level() == Level.URGENT);
        serviceKind.set(d.serviceKind());
        requesterKind.set(d.requesterKind());
        texts.get(TicketField.REQUESTER_NAME).set(d.requesterName());
        texts.get(TicketField.TERMINAL_ID).set(d.terminalId());
        texts.get(TicketField.MERCHANT_ID).set(d.merchantId());
        texts.get(TicketField.POS_BARCODE).set(d.posBarcode());
        texts.get(TicketField.INSTALL_ADDRESS).set(d.installAddress());
        texts.get(TicketField.CONTACT_PERSON).set(d.contactPerson());
        texts.get(TicketField.CONTACT_PHONE).set(d.contactPhone());
        texts.get(TicketField.DESCRIPTION).set(d.description());
    }

    private String t(TicketField field) {
        return texts.get(field).get();
    }
}
