package org.seatdesk.hub;

import java.nio.charset.StandardCharsets;

/// One server-sent event as the bytes that go on the wire (`event:`, `id:`, one `data:` line per
/// line of the data, a blank line), in the order Javalin's own emitter writes them.
///
/// Rendered once and written as is to every stream of the same audience (ADR 0027): Javalin's
/// `SseClient.sendEvent` turns each event into bytes, reads them back through a fresh 8 KB
/// `BufferedInputStream`, `InputStreamReader` and `BufferedReader` and encodes every line again —
/// about 32 KB of garbage per stream per change, 640 MB/s with 1,000 streams at 20 changes/s,
/// which made the hub collect young garbage three times a second (pauses up to 180 ms).
record SseFrame(byte[] bytes, long seq) {

    /// A change of the feed: `id` is its sequence number, so a reconnecting client may send it
    /// back as `Last-Event-ID`.
    static SseFrame change(String data, long seq) {
        return new SseFrame(render("change", data, Long.toString(seq)), seq);
    }

    /// An event that is not a change (`heartbeat`, `catchup`): no id, `seq` 0.
    static SseFrame of(String event, String data) {
        return new SseFrame(render(event, data, null), 0);
    }

    static byte[] render(String event, String data, String id) {
        StringBuilder out = new StringBuilder(data.length() + 40);
        out.append("event: ").append(singleLine(event)).append('\n');
        if (id != null) {
            out.append("id: ").append(singleLine(id)).append('\n');
        }
        // A line break inside the data would end the field: each line becomes a data line of its
        // own, which the client joins again with '\n' (the SSE format; JSON keeps its meaning).
        int start = 0;
        for (int i = 0; i <= data.length(); i++) {
            char c = i < data.length() ? data.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                out.append("data: ").append(data, start, i).append('\n');
                if (c == '\r' && i + 1 < data.length() && data.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return out.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String singleLine(String field) {
        return field.replace("\r", "").replace("\n", "");
    }
}
