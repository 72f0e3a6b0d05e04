package org.seatdesk.sync;

/// No answer from the hub: refused, reset, timed out, or an answer that was not the API's.
/// Nothing can be concluded about what the hub did with the request.
public class HubUnreachableException extends RuntimeException {

    public HubUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
