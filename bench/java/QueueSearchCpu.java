import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

import org.seatdesk.store.Database;
import org.seatdesk.store.JooqTicketRepository;
import org.seatdesk.ticket.TicketPage;
import org.seatdesk.ticket.TicketQuery;

/// The queue's search alone, without the console: 1–3 character prefixes of the tickets' numbers,
/// phones and identifiers (drawn as `bench queue` draws its "short prefix" kind), each run through
/// `JooqTicketRepository.query` ROUNDS times on a data folder that `bench queue --keep --dir DIR`
/// left; the last round's processor time per prefix (of the calling thread, where embedded H2 does
/// its work, so other work on the machine hardly moves it). A source file beside the jar rather
/// than a `bench` command, so that it runs against an older jar too (A/B of the store).
/// Run by bench/queuesearch.sh.
public class QueueSearchCpu {

    private record Result(double processorMs, int shown, int total) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<String> prefixes = prefixes(dir, 200, new Random(7));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Result> last = new TreeMap<>();
        try (Database db = Database.openFile(dir, "seat")) {
            JooqTicketRepository repository = new JooqTicketRepository(db);
            for (int round = 1; round <= rounds; round++) {
                for (String prefix : prefixes) {
                    long start = threads.getCurrentThreadCpuTime();
                    TicketPage page = repository.query(new TicketQuery(null, null, null, prefix, TicketQuery.DEFAULT_LIMIT));
                    double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6;
                    if (round == rounds) {
                        last.putIfAbsent(prefix, new Result(ms, page.tickets().size(), page.totalMatching()));
                    }
                }
            }
        }
        report(last);
    }

    /// `count` prefixes of 1–3 characters of a random ticket's number, phone, or first identifier.
    private static List<String> prefixes(Path dir, int count, Random random) throws SQLException {
        List<String[]> tickets = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Database.url(dir, "seat"), "sa", "");
             ResultSet r = c.createStatement().executeQuery(
                     "select number, contact_phone, pos_barcode, terminal_id, merchant_id from ticket")) {
            while (r.next()) {
                tickets.add(new String[] {r.getString(1), r.getString(2), Objects.toString(r.getString(3), ""),
                        Objects.toString(r.getString(4), ""), Objects.toString(r.getString(5), "")});
            }
        }
        List<String> prefixes = new ArrayList<>();
        while (prefixes.size() < count) {
            String[] t = tickets.get(random.nextInt(tickets.size()));
            String source = switch (random.nextInt(3)) {
                case 0 -> t[0];
                case 1 -> t[1];
                default -> !t[2].isEmpty() ? t[2] : !t[3].isEmpty() ? t[3] : t[4];
            };
            prefixes.add(source.substring(0, Math.min(source.length(), 1 + random.nextInt(3))));
        }
        return prefixes;
    }

    private static void report(Map<String, Result> byPrefix) {
        List<Double> times = byPrefix.values().stream().map(Result::processorMs).sorted().toList();
        System.out.printf("distinct %d p50 %.1f p90 %.1f p99 %.1f max %.1f%n", times.size(), at(times, 0.5),
                at(times, 0.9), at(times, 0.99), times.getLast());
        byPrefix.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Result> e) -> e.getValue().processorMs()).reversed())
                .limit(15)
                .forEach(e -> System.out.printf("%-6s %7.1f ms  shown %4d total %5d%n", e.getKey(),
                        e.getValue().processorMs(), e.getValue().shown(), e.getValue().total()));
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get((int) (sorted.size() * quantile));
    }
}
