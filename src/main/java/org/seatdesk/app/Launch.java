package org.seatdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/// What every console command does before its first log line: choose the log folder, take the
/// data directory's lock, and make sure there is a screen to draw on.
final class Launch implements AutoCloseable {

    static final int EXIT_ALREADY_RUNNING = 3;
    static final int EXIT_NO_DISPLAY = 4;
    /// The data directory's database was written by a newer SeatDesk (Main prints why).
    static final int EXIT_NEWER_DATA = 5;

    private final Path dataDir;
    private final InstanceLock lock;
    private final int exitCode;

    private Launch(Path dataDir, InstanceLock lock, int exitCode) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.exitCode = exitCode;
    }

    /// @param headlessAllowed true for runs that draw off-screen (`--exit-when-ready`, snapshots)
    static Launch prepare(Path dataDir, boolean headlessAllowed) throws IOException {
        if (FxRuntime.noDisplay()) {
            if (!headlessAllowed) {
                System.err.println("No display: DISPLAY is not set, so there is no screen to open the console on."
                        + " Run it in a desktop session (or under xvfb-run), or use --exit-when-ready or the snapshot command.");
                return new Launch(dataDir, null, EXIT_NO_DISPLAY);
            }
            FxRuntime.useHeadlessPlatform();
        }
        System.setProperty("seatdesk.logdir", dataDir.resolve("logs").toString());
        try {
            return new Launch(dataDir, InstanceLock.acquire(dataDir), 0);
        } catch (InstanceLock.AlreadyRunningException e) {
            System.err.println("SeatDesk is already running on the data directory " + dataDir
                    + ". Switch to that window, or start another console with --data OTHER_DIR.");
            return new Launch(dataDir, null, EXIT_ALREADY_RUNNING);
        }
    }

    boolean failed() {
        return exitCode != 0;
    }

    int exitCode() {
        return exitCode;
    }

    SeatContext openSeat(Clock clock, String seatCode) {
        return new SeatContext(dataDir, clock, seatCode);
    }

    SeatContext openSeat(Clock clock, String seatCode, java.net.URI hub) {
        return new SeatContext(dataDir, clock, seatCode, hub);
    }

    /// A seat whose hub's address becomes known later (the demo's in-process hub).
    SeatContext openSeat(Clock clock, String seatCode, java.util.concurrent.CompletionStage<java.net.URI> hub) {
        return new SeatContext(dataDir, clock, seatCode, hub);
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws IOException {
        if (lock != null) {
            lock.close();
        }
    }
}
