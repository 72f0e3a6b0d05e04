package org.seatdesk.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Standard error, copied line by line into the log file (logger `stderr`) as well as to the
/// terminal. JavaFX prints what goes wrong on its render thread with `printStackTrace` and never
/// throws it: a `NullPointerException` in the software pipeline's drop shadow froze a console and
/// reached only the terminal, which nobody at a seat reads. A line that starts an exception on the
/// render thread is reported to [RenderFailures].
final class StandardErrorToLog extends OutputStream {

    static final String LOGGER = "stderr";
    private static final Pattern EXCEPTION = Pattern.compile(
            "^(Exception in thread .*|([\\w$]+\\.)+[\\w$]*(Exception|Error)\\b.*)");

    private final PrintStream terminal;
    private final java.util.function.Supplier<Logger> log;
    private final RenderFailures failures;
    private final ThreadLocal<ByteArrayOutputStream> lines = ThreadLocal.withInitial(ByteArrayOutputStream::new);
    private final ThreadLocal<Boolean> logging = ThreadLocal.withInitial(() -> false);

    /// @param log looked up at the first line, not at install: the first lookup configures logging,
    ///            and a command chooses its log folder after this stream is installed
    StandardErrorToLog(PrintStream terminal, java.util.function.Supplier<Logger> log, RenderFailures failures) {
        this.terminal = terminal;
        this.log = log;
        this.failures = failures;
    }

    /// Replaces `System.err` with a copy into the log; returns the terminal's own stream.
    static PrintStream install(RenderFailures failures) {
        PrintStream terminal = System.err;
        System.setErr(new PrintStream(new StandardErrorToLog(terminal, () -> LoggerFactory.getLogger(LOGGER), failures),
                true, StandardCharsets.UTF_8));
        return terminal;
    }

    @Override
    public void write(int b) {
        terminal.write(b);
        if (b == '\n') {
            flushLine();
        } else {
            lines.get().write(b);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        terminal.write(bytes, offset, length);
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                lines.get().write(bytes, start, i - start);
                flushLine();
                start = i + 1;
            }
        }
        lines.get().write(bytes, start, offset + length - start);
    }

    @Override
    public void flush() {
        terminal.flush();
    }

    private void flushLine() {
        ByteArrayOutputStream buffer = lines.get();
        String line = buffer.toString(StandardCharsets.UTF_8).stripTrailing();
        buffer.reset();
        if (line.isEmpty() || logging.get()) {
            return; // what the log itself writes to the terminal is not logged again
        }
        logging.set(true);
        try {
            log.get().warn(line);
            if (onRenderThread() && EXCEPTION.matcher(line).matches()) {
                failures.report(Thread.currentThread().getName() + ": " + line);
            }
        } finally {
            logging.set(false);
        }
    }

    /// JavaFX's render thread is "QuantumRenderer-0".
    private static boolean onRenderThread() {
        return Thread.currentThread().getName().startsWith("QuantumRenderer");
    }
}
