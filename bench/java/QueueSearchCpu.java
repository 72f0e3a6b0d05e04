import java.nio.file.*;
import java.sql.*;
import java.util.*;
import org.seatdesk.store.*;
import org.seatdesk.ticket.*;

/// The queue's search alone, without the console: the 1–3 character prefixes that `bench queue`
/// reports as "short prefix" (drawn the same way, from the tickets' numbers, phones and
/// identifiers), each run through `JooqTicketRepository.query` ROUNDS times on a data folder that
/// `bench queue --keep --dir DIR` left; the last round's processor time per prefix (of the calling
/// thread, where embedded H2 does its work, so other work on the machine hardly moves it).
/// Run by bench/queuesearch.sh.
public class QueueSearchCpu {
    public static void main(String[] a) throws Exception {
        Database db = Database.openFile(Path.of(a[0]), "seat");
        JooqTicketRepository repo = new JooqTicketRepository(db);
        List<String[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Database.url(Path.of(a[0]), "seat"), "sa", "");
             ResultSet r = c.createStatement().executeQuery("select number, contact_phone, pos_barcode, terminal_id, merchant_id from ticket")) {
            while (r.next()) rows.add(new String[]{r.getString(1), r.getString(2), Objects.toString(r.getString(3), ""), Objects.toString(r.getString(4), ""), Objects.toString(r.getString(5), "")});
        } catch (SQLException e) { throw e; }
        Random random = new Random(7);
        List<String> prefixes = new ArrayList<>();
        while (prefixes.size() < 200) {
            String[] t = rows.get(random.nextInt(rows.size()));
            String source = switch (random.nextInt(3)) {
                case 0 -> t[0];
                case 1 -> t[1];
                default -> !t[2].isEmpty() ? t[2] : !t[3].isEmpty() ? t[3] : t[4];
            };
            prefixes.add(source.substring(0, Math.min(source.length(), 1 + random.nextInt(3))));
        }
        int rounds = Integer.parseInt(a[1]);
        Map<String, double[]> best = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String p : prefixes) {
                long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                TicketPage page = repo.query(new TicketQuery(null, null, null, p, 500));
                double ms = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0) / 1e6;
                if (round == rounds - 1) best.merge(p, new double[]{ms, page.tickets().size(), page.totalMatching()}, (x, y) -> x);
            }
        }
        List<Double> times = new ArrayList<>();
        best.forEach((p, v) -> times.add(v[0]));
        Collections.sort(times);
        System.out.printf("distinct %d p50 %.1f p90 %.1f p99 %.1f max %.1f%n", times.size(), times.get(times.size()/2), times.get((int)(times.size()*0.9)), times.get((int)(times.size()*0.99)), times.get(times.size()-1));
        best.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0])).limit(15)
            .forEach(e -> System.out.printf("%-6s %7.1f ms  shown %4.0f total %5.0f%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
        db.close();
    }
}
