package org.seatdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.seatdesk.security.PasswordHasher;
import org.seatdesk.settings.Settings;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqSettingRepository;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Ticket;

/// The data folder of one benchmark run: an agent to log in as, generated tickets, search terms
/// taken from them, and the JSON report.
final class BenchRun implements AutoCloseable {

    static final String STAFF_NO = "B001";
    static final String PASSWORD = "bench-only";
    static final String NAME = "李娜";
    static final String SEAT = "S07";
    static final String SEED_FILE = "bench-seed.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final boolean temporary;
    final boolean keep;
    UUID staffId;
    ZoneId zone;
    long insertMillis;
    final SearchTerms terms = new SearchTerms();

    private BenchRun(Path dir, boolean temporary, boolean keep) {
        this.dir = dir;
        this.temporary = temporary;
        this.keep = keep;
        // before anything logs: the log goes into the data folder, not the user's
        System.setProperty("seatdesk.logdir", dir.resolve("logs").toString());
    }

    static BenchRun create(BenchOptions options) {
        try {
            if (options.dir != null) {
                Files.createDirectories(options.dir);
                try (Stream<Path> entries = Files.list(options.dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException("--dir must be an empty folder: " + options.dir);
                    }
                }
                return new BenchRun(options.dir.toAbsolutePath(), false, true);
            }
            return new BenchRun(Files.createTempDirectory("seatdesk-bench"), true, options.keep);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Creates the seat database with the agent and `tickets` generated tickets, then closes it.
    void seed(int tickets, int openTickets, long seed) {
        try (Database db = Database.openFile(dir, "seat")) {
            zone = ZoneId.of(new Settings(new JooqSettingRepository(db)).get("centre.zone"));
            staffId = org.seatdesk.store.BenchData.insertAgent(db, STAFF_NO, NAME, SEAT, new PasswordHasher().hash(PASSWORD));
            TicketFactory factory = new TicketFactory(seed, zone);
            List<Ticket> generated = factory.history(tickets, Instant.now(), Math.max(1, tickets / 300), 20, openTickets);
            long start = System.nanoTime();
            org.seatdesk.store.BenchData.insertTickets(db, generated);
            insertMillis = (System.nanoTime() - start) / 1_000_000;
            terms.sample(generated, factory, 2_000);
        }
    }

    Author author() {
        return new Author(staffId, NAME, SEAT, "HQ", "BJ");
    }

    /// Seeds like {@link #seed} but in a child JVM (`bench seed`), so that generating 50,000
    /// tickets leaves nothing in this process's heap: for the memory benchmark.
    void seedInChildProcess(int tickets, int openTickets, long seed) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.seatdesk.app.Main",
                "bench", "seed", "--dir", dir.toString(), "--tickets", String.valueOf(tickets),
                "--open", String.valueOf(openTickets), "--seed", String.valueOf(seed))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("bench seed failed with exit " + child.exitValue());
        }
        Map<String, Object> saved = JSON.readValue(dir.resolve(SEED_FILE).toFile(), new TypeReference<>() { });
        zone = ZoneId.of((String) saved.get("zone"));
        staffId = UUID.fromString((String) saved.get("staff_id"));
        insertMillis = ((Number) saved.get("insert_ms")).longValue();
        terms.read(saved);
    }

    /// What the child of {@link #seedInChildProcess} hands back.
    void writeSeedFile() throws IOException {
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("zone", zone.getId());
        saved.put("staff_id", staffId.toString());
        saved.put("insert_ms", insertMillis);
        terms.write(saved);
        JSON.writeValue(dir.resolve(SEED_FILE).toFile(), saved);
    }

    /// A data folder given by the parent benchmark (`bench seed`): used as it is, kept.
    static BenchRun at(Path dir) {
        return new BenchRun(dir.toAbsolutePath(), false, true);
    }

    @Override
    public void close() {
        if (temporary && !keep) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }

    /// What every report starts with: which benchmark, when, on what.
    static Map<String, Object> header(String bench) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("bench", bench);
        map.put("at", Instant.now().toString());
        map.put("cores", Runtime.getRuntime().availableProcessors());
        map.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        map.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
        map.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        map.put("loadavg_at_start", loadAverage());
        return map;
    }

    /// Processor time (user + system, all threads) this JVM has used so far: on a shared machine
    /// the figure other work disturbs least.
    static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /// The machine's 1/5/15-minute load averages (/proc/loadavg): other work on the same cores
    /// shows in the tails, so every report says how busy the machine was.
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static void print(Map<String, Object> report, boolean json) {
        report.put("loadavg_at_end", loadAverage());
        if (json) {
            try {
                System.out.println(JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            report.forEach((key, value) -> System.out.println(key + ": " + value));
        }
        System.out.flush();
    }

    /// Search texts an agent would type, taken from the stored tickets.
    static final class SearchTerms {
        final List<String> numbers = new ArrayList<>();
        final List<String> phones = new ArrayList<>();
        final List<String> terminals = new ArrayList<>();
        final List<String> merchants = new ArrayList<>();
        final List<String> barcodes = new ArrayList<>();
        final List<String> noMatch = new ArrayList<>();
        /// The first keystrokes of a search, which many tickets share ("Y-2", "13", "POS").
        final List<String> shortPrefixes = new ArrayList<>();

        private Map<String, List<String>> lists() {
            Map<String, List<String>> lists = new LinkedHashMap<>();
            lists.put("numbers", numbers);
            lists.put("phones", phones);
            lists.put("terminals", terminals);
            lists.put("merchants", merchants);
            lists.put("barcodes", barcodes);
            lists.put("no_match", noMatch);
            lists.put("short_prefixes", shortPrefixes);
            return lists;
        }

        void write(Map<String, Object> to) {
            to.putAll(lists());
        }

        @SuppressWarnings("unchecked")
        void read(Map<String, Object> from) {
            lists().forEach((name, list) -> list.addAll((List<String>) from.get(name)));
        }

        void sample(List<Ticket> tickets, TicketFactory random, int perKind) {
            if (tickets.isEmpty()) {
                return;
            }
            while (numbers.size() < perKind) {
                String number = random.pick(tickets).number();   // e.g. Y-20261103-S07-0042
                numbers.add(random.nextInt(2) == 0 ? number : number.substring(0, 15 + random.nextInt(number.length() - 14)));
            }
            while (phones.size() < perKind) {
                String phone = random.pick(tickets).contactPhone();
                String typed = random.nextInt(3) == 0 ? phone.replace(" ", "") : phone;
                phones.add(typed.substring(0, Math.min(typed.length(), 7 + random.nextInt(5))));
            }
            for (Ticket ticket : tickets) {
                if (terminals.size() >= perKind) {
                    break;
                }
                if (!ticket.terminalId().isEmpty() && random.nextInt(10) == 0) {
                    String prefix = ticket.terminalId().substring(0, 4 + random.nextInt(5));
                    terminals.add(random.nextInt(4) == 0 ? prefix.toLowerCase(Locale.ROOT) : prefix);
                }
            }
            for (Ticket ticket : tickets) {
                if (merchants.size() >= perKind) {
                    break;
                }
                if (!ticket.merchantId().isEmpty() && random.nextInt(10) == 0) {
                    merchants.add(ticket.merchantId().substring(0, 6 + random.nextInt(10)));
                }
            }
            for (Ticket ticket : tickets) {
                if (barcodes.size() >= perKind) {
                    break;
                }
                if (!ticket.posBarcode().isEmpty() && random.nextInt(3) == 0) {
                    barcodes.add(ticket.posBarcode().substring(0, 6 + random.nextInt(ticket.posBarcode().length() - 5)));
                }
            }
            while (shortPrefixes.size() < perKind) {
                Ticket ticket = random.pick(tickets);
                String source = switch (random.nextInt(3)) {
                    case 0 -> ticket.number();
                    case 1 -> ticket.contactPhone();
                    default -> !ticket.posBarcode().isEmpty() ? ticket.posBarcode()
                            : !ticket.terminalId().isEmpty() ? ticket.terminalId() : ticket.merchantId();
                };
                shortPrefixes.add(source.substring(0, Math.min(source.length(), 1 + random.nextInt(3))));
            }
            while (noMatch.size() < perKind) {
                noMatch.add(random.nextInt(2) == 0 ? "QX" + random.alnum(4) : "9" + random.digits(8));
            }
        }
    }
}
