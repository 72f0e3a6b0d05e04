package org.seatdesk.ticket.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.JsonNode;
import org.seatdesk.i18n.Messages;
import org.seatdesk.sync.HubRefusal;
import org.seatdesk.sync.HubRefusals;
import org.seatdesk.sync.Payloads;
import org.seatdesk.ui.Background;

/// What the hub did not take as this seat made it (issue 4, review; sync principle 2): each
/// refusal with its reason and what to do, in the console's language, and what was typed, until a
/// person marks it read. A renumbered ticket (ADR 0020) is told here too.
public final class HubRefusalsViewModel {

    static final int SHOWN = 50;
    /// Free-text fields of the other records (history, handover, notices, roster, room).
    private static final java.util.Set<String> FREE_TEXT = java.util.Set.of("detail", "body", "title", "note");
    private static final Pattern OPAQUE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-.*|\\d{4}-\\d{2}-\\d{2}T.*");

    /// One refusal as the inbox shows it.
    public record Card(HubRefusal refusal, String what, String reason, String advice, String hubSays, List<String> typed) {
    }

    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ObservableList<Card> readOnly = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final HubRefusals refusals;
    private final Messages messages;
    private final Background background;
    private final Clock clock;
    private final ZoneId zone;
    private final Runnable read;

    /// @param read runs on the FX thread after a refusal was marked read (the status bar's count)
    public HubRefusalsViewModel(HubRefusals refusals, Messages messages, Background background, Clock clock, ZoneId zone,
                                Runnable read) {
        this.refusals = refusals;
        this.messages = messages;
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        this.read = read;
    }

    public ObservableList<Card> cards() {
        return readOnly;
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public void refresh() {
        background.run(() -> refusals.unread(SHOWN), (List<HubRefusal> unread) -> {
            failure.set("");
            List<Card> loaded = unread.stream().map(this::card).toList();
            if (!cards.equals(loaded)) { // refreshed on every change from the hub: a card the person is about to click stays
                cards.setAll(loaded);
            }
        }, error -> failure.set(messages.get("refusals.loadFailed")));
    }

    public void markRead(Card card) {
        background.run(() -> {
            refusals.markRead(card.refusal().opId(), clock.instant());
            return card;
        }, done -> {
            cards.remove(done);
            read.run();
        }, error -> failure.set(messages.get("refusals.loadFailed")));
    }

    /// What was typed, as plain lines (for the clipboard: nothing typed is lost).
    public String typedText(Card card) {
        return String.join("\n", card.typed());
    }

    /// The room's and the editors' records by the name people know them by (a monitor reads
    /// "Roll-call mark", not "roll_call_mark CREATE"); anything newer falls back to the wire names.
    private String record(HubRefusal r) {
        String key = switch (r.entity()) {
            case "call_record" -> "refusals.what.callRecord";
            case "roll_call_mark" -> "refusals.what.rollCallMark";
            case "discipline_record" -> "refusals.what.disciplineRecord";
            case "duty_log_entry", "escalation" -> "refusals.what.dutyLog";
            case "roster_edit" -> "refusals.what.rosterEdit";
            case "leave_request", "swap_request" -> "refusals.what.request";
            case "roster_decision" -> "refusals.what.decision";
            case "notice", "notice_receipt" -> "refusals.what.notice";
            case "handover_entry", "handover_ack" -> "refusals.what.handover";
            case "kb_article", "kb_step", "kb_revision", "kb_material", "kb_category" -> "refusals.what.kb";
            default -> null;
        };
        return key == null ? messages.get("refusals.what.other", r.entity(), r.opKind()) : messages.get(key);
    }

    Card card(HubRefusal r) {
        String number = r.ticketNumber() == null ? "—" : r.ticketNumber();
        String what = switch (r.entity() + " " + r.opKind()) {
            case "ticket CREATE" -> messages.get("refusals.what.ticketCreate", number);
            case "ticket UPDATE" -> messages.get("refusals.what.ticketUpdate", number);
            case "ticket_event APPEND" -> messages.get("refusals.what.ticketEvent", number);
            default -> record(r);
        };
        String hubSays = r.message() == null ? "" : messages.get("refusals.hubSays", r.message());
        return switch (r.reason()) {
            case HubRefusal.RENUMBERED -> new Card(r, what, messages.get("refusals.reason.renumbered", r.message()),
                    messages.get("refusals.advice.renumbered"), "", typed(r));
            case "forbidden" -> new Card(r, what, messages.get("refusals.reason.forbidden"),
                    messages.get("refusals.advice.forbidden"), hubSays, typed(r));
            case "not_found" -> new Card(r, what, messages.get("refusals.reason.notFound"),
                    messages.get("refusals.advice.notFound"), hubSays, typed(r));
            case "invalid_value" -> new Card(r, what, messages.get("refusals.reason.invalidValue"),
                    messages.get("refusals.advice.invalidValue"), hubSays, typed(r));
            default -> new Card(r, what, messages.get("refusals.reason.other"), messages.get("refusals.advice.other"),
                    hubSays, typed(r));
        };
    }

    /// An UPDATE's changed fields in words; of any other record its readable texts (not ids, not times).
    private List<String> typed(HubRefusal r) {
        JsonNode payload = Payloads.tree(r.payload());
        List<String> lines = new ArrayList<>();
        if (payload.has("changes") && payload.get("changes").isObject()) {
            for (Map.Entry<String, JsonNode> f : payload.get("changes").properties()) {
                lines.add(TicketFieldNames.label(f.getKey(), messages) + ": "
                        + TicketFieldNames.value(f.getKey(), f.getValue(), messages, zone));
            }
            return lines;
        }
        for (Map.Entry<String, JsonNode> f : payload.properties()) {
            JsonNode v = f.getValue();
            if (v.isTextual() && !v.asText().isBlank() && !OPAQUE.matcher(v.asText()).matches()) {
                String label = TicketFieldNames.label(f.getKey(), messages);
                if (!label.equals(f.getKey())) {
                    lines.add(label + ": " + TicketFieldNames.value(f.getKey(), v, messages, zone));
                } else if (FREE_TEXT.contains(f.getKey())) {
                    lines.add(messages.get("refusals.text") + ": " + v.asText());
                }
            }
        }
        return lines;
    }
}
