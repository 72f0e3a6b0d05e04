package org.seatdesk.roster;

import java.util.List;

/// Why a rule says no: the rule's ID (domain.md) and a message key of the bundles with its
/// arguments, so each console shows the reason in its own language.
public record Refusal(String ruleId, String messageKey, List<Object> args) {

    public Refusal {
        args = List.copyOf(args);
    }

    public static Refusal of(String ruleId, String messageKey, Object... args) {
        return new Refusal(ruleId, messageKey, List.of(args));
    }
}
