package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.kb.Article;
import org.seatdesk.kb.TicketLinks;
import org.seatdesk.store.JooqArticleRepository;
import org.seatdesk.store.JooqUsageRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.ArticleLink;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;

/// An article an agent linked to a ticket is an entry of the ticket's history (R-TK-13, R-KB-4;
/// ADR 0022): over a real hub process (`hub --demo`) it reaches another seat of the region and the
/// shift monitor's feed, and the wall receives the entry without its detail (R-SEC-1).
class TicketLinkSyncWithHubProcessTest {

    private static TicketLinks links(TestSeat seat) {
        return new TicketLinks(new JooqUsageRepository(seat.db), Clock.systemUTC(), new TimeOrderedIds(Clock.systemUTC()));
    }

    @Test
    void anArticleLinkedAtOneSeatIsInTheTicketsHistoryAtAnotherSeatAndInTheMonitorsFeed_R_TK_13(@TempDir Path dir)
            throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo");
             TestSeat s07 = new TestSeat(dir.resolve("s07"), hub.base, "A001", "S07");
             TestSeat s08 = new TestSeat(dir.resolve("s08"), hub.base, "A002", "S08")) {
            HubClient client = new HubClient(hub.base);
            String monitor = client.token("M001");
            String wall = client.token("W001");
            long monitorFrom = client.last(monitor);
            long wallFrom = client.last(wall);
            s07.engine.syncOnce(); // the articles the demo hub published
            Article article = s07.onDb(new JooqArticleRepository(s07.db)::live).getFirst();
            TicketLinks at07 = links(s07);

            Ticket ticket = s07.register();
            assertThat(s07.onDb(() -> at07.link(ticket.id(), article, s07.author.staffId(), s07.author.name()))).isTrue();
            assertThat(s07.onDb(() -> at07.link(ticket.id(), article, s07.author.staffId(), s07.author.name())))
                    .as("an article is linked to a ticket once").isFalse();
            s07.engine.syncOnce();
            assertThat(TestData.rejectedText(s07.db)).isEqualTo("[]");
            assertThat(TestData.outboxRows(s07.db)).as("the link was pushed and accepted").isZero();

            s08.engine.syncOnce();
            List<TicketEvent> history = s08.onDb(() -> s08.tickets.history(ticket.id()));
            assertThat(history).extracting(TicketEvent::kind)
                    .containsExactly(TicketEvent.Kind.CREATED, TicketEvent.Kind.KB_LINKED);
            TicketEvent link = history.getLast();
            assertThat(ArticleLink.parse(link.detail())).contains(new ArticleLink(article.id(), article.title()));
            assertThat(link.actorId()).isEqualTo(s07.author.staffId());
            assertThat(s08.onDb(() -> links(s08).linked(ticket.id()))).as("the other seat knows the link")
                    .containsExactly(article.id());

            JsonNode forMonitor = linkEntry(client.changes(monitor, monitorFrom, 1000).json(), ticket);
            assertThat(forMonitor.get("detail").asText()).startsWith(article.id().toString()).contains(article.title());
            JsonNode forWall = linkEntry(client.changes(wall, wallFrom, 1000).json(), ticket);
            assertThat(forWall.has("detail")).as("the wall gets no detail (R-SEC-1)").isFalse();
            assertThat(forWall.has("actorName")).isFalse();
        }
    }

    /// The payload of the ticket's KB_LINKED history entry in a page of the feed.
    private static JsonNode linkEntry(JsonNode page, Ticket ticket) {
        return StreamSupport.stream(page.get("changes").spliterator(), false)
                .filter(c -> "ticket_event".equals(c.get("entity").asText()))
                .map(c -> c.get("payload"))
                .filter(p -> "KB_LINKED".equals(p.path("kind").asText()) && ticket.id().toString().equals(p.path("ticketId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no KB_LINKED entry of the ticket in " + page));
    }
}
