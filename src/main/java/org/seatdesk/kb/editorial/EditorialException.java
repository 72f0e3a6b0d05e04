package org.seatdesk.kb.editorial;

/// An editorial command that was refused; `reason` is a stable key the console turns into a
/// message (`kb.editor.refused.REASON`), `detail` says it in English for logs and the hub.
public final class EditorialException extends RuntimeException {

    private final String reason;

    public EditorialException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
