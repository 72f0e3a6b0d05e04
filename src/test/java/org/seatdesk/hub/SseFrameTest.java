package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/// The event stream's frames as they go on the wire (ADR 0027): rendered once, written as bytes to
/// every stream; the same fields, in the same order, as Javalin's emitter wrote them.
class SseFrameTest {

    @Test
    void aChangeCarriesItsSequenceNumberAsTheEventId() {
        SseFrame frame = SseFrame.change("{\"seq\":42,\"payload\":{\"description\":\"刷卡机无法开机\"}}", 42);
        assertThat(new String(frame.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("event: change\nid: 42\ndata: {\"seq\":42,\"payload\":{\"description\":\"刷卡机无法开机\"}}\n\n");
        assertThat(frame.seq()).isEqualTo(42);
    }

    @Test
    void lineBreaksInTheDataBecomeDataLinesSoTheEventDoesNotEndEarly() {
        String text = new String(SseFrame.render("heartbeat", "{\n\"a\":1\r\n}\r", null), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("event: heartbeat\ndata: {\ndata: \"a\":1\ndata: }\ndata: \n\n");
    }

    @Test
    void anEventThatIsNotAChangeHasNoIdAndSequenceZero() {
        SseFrame frame = SseFrame.of("catchup", "{\"last\":7}");
        assertThat(new String(frame.bytes(), StandardCharsets.UTF_8)).isEqualTo("event: catchup\ndata: {\"last\":7}\n\n");
        assertThat(frame.seq()).isZero();
    }
}
