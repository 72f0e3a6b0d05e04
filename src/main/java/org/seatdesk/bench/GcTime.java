package org.seatdesk.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/// Time the JVM's collectors have spent so far, and how many full (old-generation) collections:
/// the figures behind "less than 2 % of the time in GC, no full-collection storm".
record GcTime(long millis, long fullCollections) {

    static GcTime now() {
        long millis = 0;
        long full = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, bean.getCollectionTime());
            if (isOld(bean.getName())) {
                full += Math.max(0, bean.getCollectionCount());
            }
        }
        return new GcTime(millis, full);
    }

    GcTime minus(GcTime earlier) {
        return earlier == null ? this : new GcTime(millis - earlier.millis, fullCollections - earlier.fullCollections);
    }

    /// Serial's "MarkSweepCompact", G1's "G1 Old Generation", Parallel's "PS MarkSweep".
    private static boolean isOld(String collector) {
        return collector.contains("MarkSweep") || collector.contains("Old");
    }
}
