package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SeatCommandTest {

    @Test
    void seatIsACommandThatNeedsAHubAndASeat() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine().setErr(new PrintWriter(err));

        int code = cli.execute("seat", "--seat", "S08");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--hub");
    }

    @Test
    void aHubAddressMustBeHttpOrHttps() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine().setErr(new PrintWriter(err));

        int code = cli.execute("seat", "--hub", "ftp://hub.example", "--seat", "S08");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("is not a hub address");
    }

    @Test
    void supervisorNeedsAHubButNoSeat() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine().setErr(new PrintWriter(err));

        int code = cli.execute("supervisor");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--hub=URL'").contains("[--seat=CODE]"); // optional: the usual seat of who logs in
    }

    /// Start-up pass 2: a start reads the annotations of the command it runs only; help and a
    /// mistyped command still see every command.
    @Test
    void aNamedCommandIsBuiltAloneAndHelpStillListsEveryCommand() {
        assertThat(Main.commandLine("demo", "--exit-when-ready").getSubcommands().keySet()).containsExactly("demo");
        assertThat(Main.commandLine("--help").getSubcommands().keySet())
                .containsExactly("demo", "seat", "supervisor", "wall", "hub", "loadtest", "snapshot", "bench", "help");

        StringWriter err = new StringWriter();
        int code = Main.commandLine("demi").setErr(new PrintWriter(err)).execute("demi");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("demi");
    }
}
