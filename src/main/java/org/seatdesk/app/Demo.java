package org.seatdesk.app;

/// Seeds the demo centre into a fresh local database (first start of the embedded default).
final class Demo {

    private Demo() {
    }

    static void seed(SeatContext context) {
        // wired to DemoDataWriter once the demo data lands
    }
}
