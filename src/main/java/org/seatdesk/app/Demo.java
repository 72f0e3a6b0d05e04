package org.seatdesk.app;

import org.seatdesk.demo.DemoArticles;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.demo.DemoShiftLog;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.store.Database;
import org.seatdesk.store.DemoDataWriter;
import org.seatdesk.store.ShiftLogDemoWriter;
import org.seatdesk.store.JooqArticleRepository;
import org.seatdesk.store.JooqCentreIdentity;

/// Seeds the demo centre into a fresh local database (first start of the embedded default);
/// a database that already has staff keeps its data.
final class Demo {

    private Demo() {
    }

    static void seed(SeatContext context) {
        seed(context, centre(context));
    }

    /// Seeds from `centre`, which the demo's in-process hub is seeded from too, so that the seat
    /// and its hub start with the same tickets, ids and versions.
    static void seed(SeatContext context, java.util.function.Supplier<DemoCentre.Data> centre) {
        new DemoDataWriter(context.database).seedIfEmpty(centre);
        centreId(context); // ADR 0037: this database is the demo centre's, and no other hub's
        // The demo hub publishes the same articles (same ids, version 1): the feed skips them here.
        new JooqArticleRepository(context.database).seedIfEmpty(() -> DemoArticles.load(context.clock.instant()));
        // R-KB-1, R-KB-2: the articles' editorial history, as the demo hub seeds it (same ids), so
        // the KB editor lists the published articles and can revise them.
        new org.seatdesk.store.JooqEditorialRepository(context.database).seedOnce(() ->
                editorialHistory(context.database, DemoArticles.load(context.clock.instant()), context.clock.instant()));
        seedShiftLog(context.database, centre, context.clock, context.zone);
    }

    /// The demo centre's id in this seat's database (ADR 0037), made at random the first time: the
    /// demo's in-process hub takes it, so the demo's seat syncs with its own hub and with no other.
    static java.util.UUID centreId(SeatContext context) {
        return new JooqCentreIdentity(context.database).createIfAbsent(java.util.UUID.randomUUID(),
                JooqCentreIdentity.Origin.DEMO, context.clock.instant());
    }

    /// The editorial history of the demo articles, with K001's and C001's names from the staff directory.
    static org.seatdesk.demo.DemoEditorial.Records editorialHistory(Database database, java.util.List<org.seatdesk.kb.Article> articles,
                                                                    java.time.Instant publishedAt) {
        var staff = new org.seatdesk.store.JooqStaffRepository(database);
        String editor = staff.credentials("K001").map(c -> c.staff().name()).orElse("K001");
        String director = staff.credentials("C001").map(c -> c.staff().name()).orElse("C001");
        return org.seatdesk.demo.DemoEditorial.of(articles, editor, director, publishedAt);
    }

    /// The demo handover log and notices (R-SH-2, R-SH-3): the same rows, ids included, at the
    /// console and its demo hub, so an acknowledgement or receipt pushed later finds its parent.
    static void seedShiftLog(Database database, java.util.function.Supplier<DemoCentre.Data> centre,
                             java.time.Clock clock, java.time.ZoneId zone) {
        new ShiftLogDemoWriter(database).seedIfEmpty(() -> new DemoShiftLog(centre.get(), clock, zone).generate());
    }

    /// The demo centre, generated at most once however often it is asked for (Argon2 and 200
    /// tickets are not free on the start-up path).
    static java.util.function.Supplier<DemoCentre.Data> centre(SeatContext context) {
        return new java.util.function.Supplier<>() {
            private DemoCentre.Data data;

            @Override
            public synchronized DemoCentre.Data get() {
                if (data == null) {
                    data = new DemoCentre(DemoCentre.DEFAULT_SEED, context.clock, context.zone).generate(new PasswordHasher());
                }
                return data;
            }
        };
    }

    /// A seat that syncs with a hub gets the demo centre's people, desks and roster (so its own
    /// login works offline) but none of its tickets or articles: those come from the hub's feed. The per-seat
    /// counters come too, so numbers made here continue after the demo tickets the hub holds.
    /// `seat --hub` no longer needs it (the hub's directory gives staff and counters); tests use it
    /// to start a seat that can log in before it has reached its hub.
    static void seedPeople(SeatContext context) {
        new DemoDataWriter(context.database).seedIfEmpty(() -> {
            DemoCentre.Data all = new DemoCentre(DemoCentre.DEFAULT_SEED, context.clock, context.zone)
                    .generate(new PasswordHasher());
            return new DemoCentre.Data(all.desks(), all.staff(), all.passwordHash(), all.shiftTypes(), all.assignments(),
                    all.inspectors(), java.util.List.of(), java.util.List.of(), all.counters());
        });
    }
}
