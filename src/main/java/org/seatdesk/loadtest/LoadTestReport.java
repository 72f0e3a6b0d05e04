package org.seatdesk.loadtest;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/// The outcome of a load test run. [#toJson()] prints exactly the documented fields
/// (docs/admin-guide.md, "Sizing a hub: the load test"); the rest is for the human summary.
///
/// @param seats simulated seats that logged in and pushed
/// @param opsSent distinct operations made (a resend with the same op id is not counted again)
/// @param opsAcked operations the hub answered `accepted` or `duplicate` (with a sequence number)
/// @param opsLost acknowledged operations missing from the feed pulled at the end
/// @param opsDuplicated acknowledged operations found more than once in that feed (by ticket id
///                      for a CREATE, by the op id carried in the edit for an UPDATE), plus ticket
///                      numbers of this run that appear on more than one ticket
/// @param propagation operation made at one seat → change received at another seat's event stream
///                    (or catch-up pull), in milliseconds; null when nothing was observed
/// @param hubOpsPerS acknowledged operations per second of the sending phase
/// @param errors failed exchanges with the hub (unreachable, 4xx/5xx, dropped event streams) and
///               operations answered `rejected` or `conflict`
public record LoadTestReport(int seats, long opsSent, long opsAcked, long opsLost, long opsDuplicated,
                             Propagation propagation, double hubOpsPerS, long errors, Details details) {

    public record Propagation(double p50, double p99, double max, long samples) {
    }

    /// What the JSON leaves out.
    /// @param pushRoundTrip operation made → its push answered at the seat that made it, ms; null when none
    /// @param schedulingLateness how late the load test's own probe thread woke from 5 ms sleeps, ms
    ///                           (the generator starved of processor time when large; {@link SchedulingProbe})
    public record Details(int observers, double sendingSeconds, double loginSeconds, long answeredDuplicate,
                          long rejected, long conflicts, long unanswered, long streamReconnects,
                          long requestFailures, String firstError, long feedChanges, Propagation pushRoundTrip,
                          Propagation schedulingLateness) {
    }

    public String toJson() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("seats", seats);
        root.put("ops_sent", opsSent);
        root.put("ops_acked", opsAcked);
        root.put("ops_lost", opsLost);
        root.put("ops_duplicated", opsDuplicated);
        ObjectNode p = root.putObject("propagation_ms");
        if (propagation == null) {
            p.putNull("p50");
            p.putNull("p99");
            p.putNull("max");
        } else {
            p.put("p50", propagation.p50());
            p.put("p99", propagation.p99());
            p.put("max", propagation.max());
        }
        root.put("hub_ops_per_s", Math.round(hubOpsPerS * 10) / 10.0);
        root.put("errors", errors);
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /// Where a propagation tail comes from (not part of the JSON object): the push round trip at the
    /// sending seat, and how late the load test's own threads get a processor.
    public String clientLine() {
        return "Push round trip: " + percentiles(details.pushRoundTrip()) + "; load test's own scheduling lateness: "
                + percentiles(details.schedulingLateness());
    }

    private static String percentiles(Propagation p) {
        return p == null ? "none" : String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms", p.p50(), p.p99(), p.max());
    }

    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Load test: %d seats (%d observing), %.1f s sending (logins took %.1f s)%n",
                seats, details.observers(), details.sendingSeconds(), details.loginSeconds()));
        s.append(String.format(Locale.ROOT, "Operations: %d sent, %d acknowledged (%.1f/s), %d lost, %d duplicated%n",
                opsSent, opsAcked, hubOpsPerS, opsLost, opsDuplicated));
        if (propagation == null) {
            s.append("Propagation: nothing observed\n");
        } else {
            s.append(String.format(Locale.ROOT, "Propagation: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d observations)%n",
                    propagation.p50(), propagation.p99(), propagation.max(), propagation.samples()));
        }
        s.append(String.format(Locale.ROOT,
                "Errors: %d (failed requests %d, stream reconnects %d, rejected %d, conflicts %d); "
                        + "answered 'duplicate' after a resend: %d; never answered: %d%n",
                errors, details.requestFailures(), details.streamReconnects(), details.rejected(), details.conflicts(),
                details.answeredDuplicate(), details.unanswered()));
        s.append(clientLine()).append('\n');
        if (details.firstError() != null) {
            s.append("First error: ").append(details.firstError()).append('\n');
        }
        s.append(opsLost == 0 && opsDuplicated == 0
                ? "Verified: every acknowledged operation is in the hub's feed exactly once.\n"
                : "NOT VERIFIED: the hub's feed does not hold every acknowledged operation exactly once.\n");
        return s.toString();
    }
}
