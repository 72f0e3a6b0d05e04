package org.seatdesk.ticket;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.seatdesk.settings.Settings;

/// Accepted formats of phone numbers and identifiers. They are settings, not code (R-TK-3):
/// a centre in another country changes the patterns, not the program.
public record TicketFormats(List<Pattern> phones, Pattern terminalId, Pattern merchantId, Pattern posBarcode) {

    public TicketFormats {
        phones = List.copyOf(phones);
        Objects.requireNonNull(terminalId);
        Objects.requireNonNull(merchantId);
        Objects.requireNonNull(posBarcode);
    }

    public static TicketFormats from(Settings settings) {
        List<Pattern> phones = Stream.of("mobile", "landline", "international")
                .map(kind -> settings.get("ticket.format.phone." + kind))
                .filter(regex -> !regex.isBlank())
                .map(TicketFormats::compile)
                .toList();
        return new TicketFormats(phones,
                compile(settings.get("ticket.format.terminal-id")),
                compile(settings.get("ticket.format.merchant-id")),
                compile(settings.get("ticket.format.pos-barcode")));
    }

    /// Spaces inside a phone number are how people read it out, not part of it.
    public boolean isPhone(String value) {
        String compact = value.replace(" ", "");
        return phones.stream().anyMatch(p -> p.matcher(compact).matches());
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
