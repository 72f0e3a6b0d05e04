package org.seatdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.store.jooq.Tables.TICKET_DRAFT;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.testing.MutableClock;
import org.seatdesk.ticket.TicketDraft;

/// R-TK-3 "nothing the agent typed is lost": each agent's unfinished form, kept in a real H2 file.
class JooqDraftRepositoryTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Fixtures.MORNING);
    private final UUID agent = UUID.randomUUID();
    private Database db;
    private JooqDraftRepository drafts;

    @BeforeEach
    void open() {
        db = Database.openFile(dir, "seat");
        drafts = new JooqDraftRepository(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static TicketDraft halfTyped() {
        return Fixtures.halfTypedDraft();
    }

    @Test
    void savedDraftLoadsBackIdenticalIncludingChineseTextAndTrailingSpaces() {
        drafts.save(agent, halfTyped());
        assertThat(drafts.load(agent)).contains(halfTyped());
    }

    @Test
    void savingAgainOverwritesTheDraftInsteadOfAddingOne() {
        drafts.save(agent, halfTyped());
        drafts.save(agent, Fixtures.completeDraft());
        assertThat(drafts.load(agent)).contains(Fixtures.completeDraft());
        assertThat(TestData.count(db, TICKET_DRAFT)).isEqualTo(1);
    }

    @Test
    void discardRemovesTheDraftAndDiscardingNothingIsHarmless() {
        drafts.save(agent, halfTyped());
        drafts.discard(agent);
        assertThat(drafts.load(agent)).isEmpty();
        drafts.discard(agent);
        assertThat(TestData.count(db, TICKET_DRAFT)).isZero();
    }

    @Test
    void eachAgentHasTheirOwnDraft() {
        UUID colleague = UUID.randomUUID();
        drafts.save(agent, halfTyped());
        drafts.save(colleague, Fixtures.completeDraft());
        drafts.discard(colleague);
        assertThat(drafts.load(agent)).contains(halfTyped());
        assertThat(drafts.load(colleague)).isEmpty();
    }

    @Test
    void agentWithoutADraftLoadsNothing() {
        assertThat(drafts.load(agent)).isEmpty();
    }

    @Test
    void draftSurvivesClosingAndReopeningTheDatabase() {
        drafts.save(agent, halfTyped());
        db.close();
        db = Database.openFile(dir, "seat");
        assertThat(new JooqDraftRepository(db, clock).load(agent)).contains(halfTyped());
    }

    @Test
    void emptyFormRoundTrips() {
        drafts.save(agent, TicketDraft.empty());
        assertThat(drafts.load(agent)).hasValueSatisfying(d -> {
            assertThat(d).isEqualTo(TicketDraft.empty());
            assertThat(d.isBlank()).isTrue();
        });
    }
}
