package org.seatdesk.app;

import org.seatdesk.demo.DemoCentre;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.store.DemoDataWriter;

/// Seeds the demo centre into a fresh local database (first start of the embedded default);
/// a database that already has staff keeps its data.
final class Demo {

    private Demo() {
    }

    static void seed(SeatContext context) {
        new DemoDataWriter(context.database).seedIfEmpty(
                () -> new DemoCentre(DemoCentre.DEFAULT_SEED, context.clock, context.zone).generate(new PasswordHasher()));
    }
}
