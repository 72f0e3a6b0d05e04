package org.seatdesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/// jqwik has no `@TempDir`: properties that keep one database for all tries make their directory
/// themselves and delete it here when the container ends.
public final class TempDirs {

    private TempDirs() {
    }

    /// Deletes `dir` and everything under it, deepest first.
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
