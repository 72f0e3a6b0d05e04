package org.seatdesk.app;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.seatdesk.loadtest.LoadTest;
import org.seatdesk.loadtest.LoadTestOptions;
import org.seatdesk.loadtest.LoadTestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `seatdesk loadtest`: a simulated room of seats against a hub, for sizing a hub
/// (docs/admin-guide.md, "Sizing a hub: the load test").
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = "Simulate N seats registering and editing tickets against a hub; report propagation and loss.")
final class LoadTestCommand implements Callable<Integer> {

    static final int EXIT_UNREACHABLE = 1;
    static final int EXIT_NOT_VERIFIED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--hub", required = true, paramLabel = "URL", converter = Converters.HubUrl.class,
            description = "The hub's address, e.g. http://127.0.0.1:8470")
    URI hub;

    @Option(names = "--seats", required = true, paramLabel = "N", description = "Simulated seats (1 to 5000)")
    int seats;

    @Option(names = "--duration", required = true, paramLabel = "S", description = "Seconds of sending (1 to 3600)")
    int duration;

    @Option(names = "--rate", paramLabel = "OPS_PER_S", defaultValue = "20",
            description = "Target rate of new operations over all seats (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--staff", paramLabel = "STAFF_NO", split = ",",
            description = "Logins the seats share, round robin (default: the demo agents A001..A014)")
    List<String> staff;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = LoadTestOptions.DEMO_PASSWORD,
            description = "Their password (default: the demo password)")
    String password;

    @Option(names = "--verify-staff", paramLabel = "STAFF_NO",
            description = "An HQ login that pulls the whole feed to verify (default: C001 with the demo logins, else the first --staff)")
    String verifyStaff;

    @Option(names = "--verify-password", paramLabel = "PASSWORD", description = "Its password (default: --password)")
    String verifyPassword;

    @Option(names = "--observers", paramLabel = "K",
            description = "Seats that hold an event stream and time propagation (default: min(N, 50))")
    Integer observers;

    @Option(names = "--drain", paramLabel = "S", defaultValue = "30",
            description = "Seconds after --duration during which unanswered operations are still resent (default: ${DEFAULT-VALUE})")
    int drain;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "0",
            description = "Seconds of sending at the same rate before --duration begins, verified but not timed (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--json", description = "Print one JSON object instead of a summary")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        LoadTestOptions options;
        try {
            List<String> logins = staff == null || staff.isEmpty() ? LoadTestOptions.DEMO_STAFF : staff;
            String verifier = verifyStaff != null ? verifyStaff
                    : staff == null || staff.isEmpty() ? LoadTestOptions.DEMO_VERIFY_STAFF : logins.getFirst();
            if (drain < 0 || drain > 3600) {
                throw new IllegalArgumentException("--drain must be 0 to 3600 seconds, was " + drain);
            }
            options = new LoadTestOptions(hub, seats, Duration.ofSeconds(duration), rate, logins, password, verifier,
                    verifyPassword != null ? verifyPassword : password,
                    observers != null ? observers : LoadTestOptions.defaultObservers(seats), Duration.ofSeconds(drain),
                    Duration.ofSeconds(warmup));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        LoadTestReport report;
        try {
            report = new LoadTest(options).run();
        } catch (LoadTest.StartFailure e) {
            System.err.println("seatdesk loadtest: " + e.getMessage());
            return EXIT_UNREACHABLE;
        }
        if (json) {
            System.err.println(report.clientLine()); // the JSON object on stdout keeps its documented fields
        }
        System.out.println(json ? report.toJson() : report.summary().strip());
        System.out.flush();
        return report.opsLost() == 0 && report.opsDuplicated() == 0 ? 0 : EXIT_NOT_VERIFIED;
    }
}
