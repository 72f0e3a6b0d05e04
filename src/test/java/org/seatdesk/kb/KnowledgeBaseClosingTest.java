package org.seatdesk.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqArticleRepository;
import org.seatdesk.store.JooqUsageRepository;
import org.seatdesk.sync.HubWire.Change;

/// A console can close as it turns ready: `demo --exit-when-ready` closes it the instant ready is
/// timed, while the ready pulse starts the knowledge base's index. That start threw
/// RejectedExecutionException on the JavaFX thread in about half of such runs (session 8).
class KnowledgeBaseClosingTest {

    @Test
    void startingOrIndexingAfterCloseThrowsNothingAndTheStartReportsTheClose(@TempDir Path dir) {
        try (Database db = Database.openFile(dir, "seat"); TextAnalysis analysis = new TextAnalysis()) {
            KnowledgeBase kb = new KnowledgeBase(new JooqArticleRepository(db), new JooqUsageRepository(db),
                    new ArticleIndex(dir.resolve("kb-index"), analysis, new Pinyin()), Clock.systemUTC());
            kb.close();

            assertThatCode(kb::start).doesNotThrowAnyException();
            assertThat(kb.ready()).isCompletedExceptionally();
            assertThatCode(() -> kb.committed(List.of(new Change(1, "kb_article", UUID.randomUUID(), "REMOVE", 2,
                    null)))).doesNotThrowAnyException();
        }
    }
}
