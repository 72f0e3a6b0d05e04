package org.seatdesk.hub;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;

/// The child process of {@link SeatKillTest}: a seat that registers tickets and pushes them to a
/// hub, and is ended by SIGKILL. Prints `ACK <ticket id>` after each save returned (as the UI
/// would acknowledge it) and `PUSHED` after each completed push round. After
/// {@link #PUSH_ROUNDS} rounds it prints `READY` and goes on saving without pushing, so the kill
/// always lands after local commits that never reached the hub.
///
/// Arguments: `DIR HUB_URL STAFF_NO SEAT_CODE`.
public final class SeatUntilKilled {

    static final String ACK = "ACK ";
    static final String PUSHED = "PUSHED";
    static final String READY = "READY";
    static final int PER_ROUND = 15;
    static final int PUSH_ROUNDS = 2;

    private SeatUntilKilled() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        // never closed: the process ends by SIGKILL
        TestSeat seat = new TestSeat(Path.of(args[0]), URI.create(args[1]), args[2], args[3]);
        for (int round = 0; round < PUSH_ROUNDS; round++) {
            saveAndAcknowledge(seat, out, PER_ROUND);
            seat.engine.syncOnce();
            out.println(PUSHED);
            out.flush();
        }
        saveAndAcknowledge(seat, out, PER_ROUND);
        out.println(READY);
        out.flush();
        while (true) {
            saveAndAcknowledge(seat, out, 1);
        }
    }

    private static void saveAndAcknowledge(TestSeat seat, PrintStream out, int n) {
        for (int i = 0; i < n; i++) {
            out.println(ACK + seat.register().id());
            out.flush();
        }
    }
}
