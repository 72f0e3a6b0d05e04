package org.seatdesk.roster.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RequestKind;
import org.seatdesk.roster.RequestSummary;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.ui.ShiftNames;

/// How the roster's data reads in the UI language: shift names, days, refusal reasons.
final class RosterTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private RosterTexts() {
    }

    static String shiftName(ShiftType type, Messages messages) {
        return ShiftNames.of(type, messages);
    }

    /// "、" between Chinese list items, ", " elsewhere.
    static String listSeparator(Messages messages) {
        return "zh".equals(messages.locale().getLanguage()) ? "、" : ", ";
    }

    static String hours(ShiftType type) {
        return TIME.format(type.startsAt()) + "–" + TIME.format(type.endsAt());
    }

    static String day(LocalDate day, Messages messages) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(day)
                + " " + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, messages.locale());
    }

    static String shortDay(LocalDate day, Messages messages) {
        return DateTimeFormatter.ofPattern("MM-dd").format(day) + " "
                + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, messages.locale());
    }

    /// A day of the week strip: "Mon 7 Dec" / "周一 12月7日" / "lun 7 dic", in the UI language.
    static String weekDay(LocalDate day, Messages messages) {
        String name = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, messages.locale());
        String date = DateTimeFormatter.ofPattern(messages.get("roster.week.datePattern"), messages.locale()).format(day);
        return name + " " + date;
    }

    /// The reason a rule gives, with its ID so a person can look the rule up.
    static String refusal(Refusal refusal, Messages messages) {
        String reason = messages.get(refusal.messageKey(), refusal.args().toArray());
        return "ROSTER".equals(refusal.ruleId()) ? reason : messages.get("roster.refusal.withRule", reason, refusal.ruleId());
    }

    /// "Personal leave" / "Swap with 陈思远".
    static String what(RequestSummary r, Messages messages) {
        if (r.kind() == RequestKind.SWAP) {
            return messages.get("roster.request.swapWith", r.partnerName());
        }
        String kind = messages.label(r.leaveKind());
        return r.partnerName() == null ? kind : messages.get("roster.request.leaveBy", kind, r.partnerName());
    }

    static String days(RequestSummary r, Messages messages) {
        if (r.kind() == RequestKind.SWAP) {
            return messages.get("roster.request.swapDays", shortDay(r.firstDay(), messages), shortDay(r.lastDay(), messages));
        }
        return r.firstDay().equals(r.lastDay()) ? shortDay(r.firstDay(), messages)
                : shortDay(r.firstDay(), messages) + " – " + shortDay(r.lastDay(), messages);
    }
}
