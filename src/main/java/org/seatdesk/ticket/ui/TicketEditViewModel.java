package org.seatdesk.ticket.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

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
import org.seatdesk.ticket.DispatchKind;
import org.seatdesk.ticket.FieldProblem;
import org.seatdesk.ticket.HandlingStatus;
import org.seatdesk.ticket.InvalidTicketException;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEdit;
import org.seatdesk.ticket.TicketField;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ui.Background;

/// Editing a ticket on its detail page (issue 4): status, handling status (R-TK-6), dispatch
/// (R-TK-5), level and the contact fields. Saved on the database executor as one local
/// transaction with its history and outbox entries; a refused value is shown at its field and
/// everything typed stays.
public final class TicketEditViewModel {

    /// The fields that can be wrong, each with its own message under the field.
    public enum Field {
        LEVEL, INSTALL_ADDRESS, CONTACT_PERSON, CONTACT_PHONE, DESCRIPTION, DISPATCH_TARGET
    }

    private final ObjectProperty<Level> level = new SimpleObjectProperty<>();
    private final StringProperty installAddress = new SimpleStringProperty("");
    private final StringProperty contactPerson = new SimpleStringProperty("");
    private final StringProperty contactPhone = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<TicketStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<HandlingStatus> handlingStatus = new SimpleObjectProperty<>();
    private final ObjectProperty<DispatchKind> dispatchKind = new SimpleObjectProperty<>();
    private final StringProperty dispatchTarget = new SimpleStringProperty("");
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final Map<Field, ReadOnlyStringWrapper> problems = new EnumMap<>(Field.class);
    private final TicketService tickets;
    private final Author author;
    private final Messages messages;
    private final Background background;
    private final Consumer<Ticket> saved;
    private Ticket editedTicket;

    /// @param saved runs on the FX thread with the ticket as saved (the page refreshes, sync is nudged)
    public TicketEditViewModel(TicketService tickets, Author author, Messages messages, Background background,
                               Consumer<Ticket> saved) {
        this.tickets = tickets;
        this.author = author;
        this.messages = messages;
        this.background = background;
        this.saved = saved;
        for (Field f : Field.values()) {
            problems.put(f, new ReadOnlyStringWrapper(""));
        }
        java.util.List.<javafx.beans.Observable>of(level, installAddress, contactPerson, contactPhone, description, status,
                handlingStatus, dispatchKind, dispatchTarget).forEach(input -> input.addListener(changed -> recheck()));
    }

    /// Starts editing `ticket` with its stored values.
    public void start(Ticket ticket) {
        editedTicket = ticket;
        TicketEdit e = TicketEdit.of(ticket);
        level.set(e.level());
        installAddress.set(nullToEmpty(e.installAddress()));
        contactPerson.set(nullToEmpty(e.contactPerson()));
        contactPhone.set(nullToEmpty(e.contactPhone()));
        description.set(nullToEmpty(e.description()));
        status.set(e.status());
        handlingStatus.set(e.handlingStatus());
        dispatchKind.set(e.dispatchKind());
        dispatchTarget.set(nullToEmpty(e.dispatchTarget()));
        clearProblems();
        notice.set("");
        editing.set(true);
    }

    public void cancel() {
        editing.set(false);
        clearProblems();
        notice.set("");
    }

    /// Ctrl+S on the detail page: saves when an edit is open.
    public boolean saveIfEditing() {
        if (!editing.get()) {
            return false;
        }
        save();
        return true;
    }

    public void save() {
        if (editedTicket == null || saving.get()) {
            return;
        }
        clearProblems();
        TicketEdit edit = typed();
        if (edit.dispatchKind() != null && edit.dispatchTarget().isBlank()) {
            problems.get(Field.DISPATCH_TARGET).set(messages.get("edit.problem.dispatchTarget"));
            return; // R-TK-5: a dispatch names where it goes
        }
        saving.set(true);
        java.util.UUID id = editedTicket.id();
        background.run(() -> tickets.update(id, edit, author), ticket -> {
            saving.set(false);
            editing.set(false);
            editedTicket = ticket;
            notice.set(messages.get("edit.saved", ticket.number()));
            saved.accept(ticket);
        }, error -> {
            saving.set(false);
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            if (cause instanceof InvalidTicketException invalid) {
                for (FieldProblem p : invalid.problems()) {
                    Field f = field(p.field());
                    if (f != null) {
                        problems.get(f).set(TicketValidatorTexts.message(messages, p));
                    }
                }
            } else {
                failure.set(messages.get("edit.saveFailed"));
            }
        });
    }

    private TicketEdit typed() {
        return new TicketEdit(level.get(), installAddress.get(), contactPerson.get(), contactPhone.get(),
                description.get(), status.get(), handlingStatus.get(), dispatchKind.get(), dispatchTarget.get());
    }

    /// After a refusal, a message goes as soon as its field is right (and changes when the field
    /// is wrong in another way); fields without a message get none until the next save.
    private void recheck() {
        if (!editing.get() || editedTicket == null || problems.values().stream().allMatch(p -> p.get().isEmpty())) {
            return;
        }
        TicketEdit edit = typed();
        if (edit.dispatchKind() == null || !edit.dispatchTarget().isBlank()) {
            problems.get(Field.DISPATCH_TARGET).set("");
        }
        Map<Field, String> now = new EnumMap<>(Field.class);
        for (FieldProblem p : tickets.checkEdit(editedTicket, edit)) {
            Field f = field(p.field());
            if (f != null) {
                now.putIfAbsent(f, TicketValidatorTexts.message(messages, p));
            }
        }
        problems.forEach((f, shown) -> {
            if (f != Field.DISPATCH_TARGET && !shown.get().isEmpty()) {
                shown.set(now.getOrDefault(f, ""));
            }
        });
    }

    private static Field field(TicketField f) {
        return switch (f) {
            case LEVEL -> Field.LEVEL;
            case INSTALL_ADDRESS -> Field.INSTALL_ADDRESS;
            case CONTACT_PERSON -> Field.CONTACT_PERSON;
            case CONTACT_PHONE -> Field.CONTACT_PHONE;
            case DESCRIPTION -> Field.DESCRIPTION;
            default -> null;
        };
    }

    private void clearProblems() {
        problems.values().forEach(p -> p.set(""));
        failure.set("");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public ReadOnlyStringProperty problemProperty(Field field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /// "Changes to T-… saved.": the confirmation after a save, until the next edit or ticket.
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    public StringProperty installAddressProperty() {
        return installAddress;
    }

    public StringProperty contactPersonProperty() {
        return contactPerson;
    }

    public StringProperty contactPhoneProperty() {
        return contactPhone;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<TicketStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<HandlingStatus> handlingStatusProperty() {
        return handlingStatus;
    }

    public ObjectProperty<DispatchKind> dispatchKindProperty() {
        return dispatchKind;
    }

    public StringProperty dispatchTargetProperty() {
        return dispatchTarget;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
