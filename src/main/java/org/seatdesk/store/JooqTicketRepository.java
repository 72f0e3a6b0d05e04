package org.seatdesk.store;

import static org.seatdesk.store.Times.instant;
import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.TICKET;
import static org.seatdesk.store.jooq.Tables.TICKET_COUNTER;
import static org.seatdesk.store.jooq.Tables.TICKET_DRAFT;
import static org.seatdesk.store.jooq.Tables.TICKET_EVENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.seatdesk.store.jooq.tables.records.TicketEventRecord;
import org.seatdesk.store.jooq.tables.records.TicketRecord;
import org.seatdesk.ticket.DispatchKind;
import org.seatdesk.ticket.HandlingStatus;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.Registration;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;
import org.seatdesk.ticket.TicketPage;
import org.seatdesk.ticket.TicketQuery;
import org.seatdesk.ticket.TicketRepository;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;

public final class JooqTicketRepository implements TicketRepository {

    /// How far a full page's matches are counted: beyond it the queue says "1,000+". Twice the
    /// page: enough to say "there is more than you see", cheap to count (docs/performance.md).
    public static final int COUNT_CAP = 1_000;

    private final DSLContext dsl;
    private final int countCap;

    public JooqTicketRepository(Database database) {
        this(database, COUNT_CAP);
    }

    JooqTicketRepository(Database database, int countCap) {
        this.dsl = database.dsl();
        this.countCap = countCap;
    }

    @Override
    public Ticket register(String seatCode, LocalDate day, IntFunction<Registration> build) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int counter = nextCounter(tx, seatCode, day);
            Registration registration = build.apply(counter);
            Ticket ticket = registration.ticket();
            tx.executeInsert(toRecord(ticket));
            tx.executeInsert(toRecord(registration.firstEvent()));
            OutboxWriter.append(tx, registration.operation());
            OutboxWriter.append(tx, registration.eventOperation()); // after the CREATE: the hub needs the ticket first
            tx.deleteFrom(TICKET_DRAFT).where(TICKET_DRAFT.STAFF_ID.eq(ticket.createdBy())).execute();
            return ticket;
        });
    }

    @Override
    public Ticket update(UUID ticketId, java.util.function.Function<Ticket, org.seatdesk.ticket.TicketUpdate> build) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Ticket current = tx.selectFrom(TICKET).where(TICKET.ID.eq(ticketId)).forUpdate().fetchOptional()
                    .map(JooqTicketRepository::toTicket)
                    .orElseThrow(() -> new java.util.NoSuchElementException("no ticket " + ticketId));
            org.seatdesk.ticket.TicketUpdate update = build.apply(current);
            if (update == null) {
                return current;
            }
            if (update.ticket() != current) {
                tx.executeUpdate(toRecord(update.ticket()));
            }
            for (TicketEvent event : update.events()) {
                tx.executeInsert(toRecord(event));
            }
            update.operations().forEach(op -> OutboxWriter.append(tx, op));
            if (update.resolvesConflict() != null) {
                JooqTicketConflictRepository.resolve(tx, update.resolvesConflict(), update.ticket().updatedAt());
            }
            return update.ticket();
        });
    }

    private static int nextCounter(DSLContext tx, String seatCode, LocalDate day) {
        Integer last = tx.select(TICKET_COUNTER.LAST_VALUE).from(TICKET_COUNTER)
                .where(TICKET_COUNTER.SEAT_CODE.eq(seatCode).and(TICKET_COUNTER.DAY.eq(day)))
                .forUpdate().fetchOne(TICKET_COUNTER.LAST_VALUE);
        int next = last == null ? 1 : last + 1;
        if (last == null) {
            tx.insertInto(TICKET_COUNTER).values(seatCode, day, next).execute();
        } else {
            tx.update(TICKET_COUNTER).set(TICKET_COUNTER.LAST_VALUE, next)
                    .where(TICKET_COUNTER.SEAT_CODE.eq(seatCode).and(TICKET_COUNTER.DAY.eq(day))).execute();
        }
        return next;
    }

    /// Above this many tickets sharing a search prefix, the search reads the queue in order instead.
    static final int NARROW_SEARCH = 1_000;

    /// Every query reads an index in the queue's order (urgent first, then oldest) and stops after
    /// the page, or looks up a few matching ids; none reads the whole table (docs/performance.md).
    @Override
    public TicketPage query(TicketQuery query) {
        Condition filters = filters(query);
        if (query.search().isEmpty()) {
            return page(filters, query, 0);
        }
        String prefix = escapeLike(query.search().toUpperCase(Locale.ROOT)) + "%";
        String phonePrefix = escapeLike(query.search().replace(" ", "")) + "%";
        Set<UUID> ids = matchingIds(prefix, phonePrefix, NARROW_SEARCH + 1);
        if (ids.size() > NARROW_SEARCH) {
            // a short prefix that many tickets share: the page is found early in queue order
            return page(filters.and(DSL.or(
                    TICKET.NUMBER.like(prefix, '!'),
                    TICKET.PHONE_KEY.like(phonePrefix, '!'),
                    TICKET.TERMINAL_KEY.like(prefix, '!'),
                    TICKET.MERCHANT_KEY.like(prefix, '!'),
                    TICKET.BARCODE_KEY.like(prefix, '!'))), query, unfiltered(query) ? ids.size() : 0);
        }
        if (ids.isEmpty()) {
            return new TicketPage(List.of(), 0);
        }
        Condition where = filters.and(TICKET.ID.in(ids));
        List<Ticket> found = dsl.selectFrom(TICKET).where(where)
                .orderBy(TICKET.PRIORITY, TICKET.CREATED_AT, TICKET.NUMBER)
                .limit(query.limit())
                .fetch(JooqTicketRepository::toTicket);
        if (found.size() < query.limit()) {
            return new TicketPage(found, found.size());
        }
        return new TicketPage(found, unfiltered(query) ? ids.size() : dsl.fetchCount(TICKET, where));
    }

    /// @param knownMatches how many tickets match at least, when that is known already (0 if not):
    ///                     past the cap, nothing is counted
    private TicketPage page(Condition where, TicketQuery query, int knownMatches) {
        List<Ticket> tickets = dsl.selectFrom(TICKET).where(where)
                .orderBy(queueOrder(query))
                .limit(query.limit())
                .fetch(JooqTicketRepository::toTicket);
        if (tickets.size() < query.limit()) {
            return new TicketPage(tickets, tickets.size());
        }
        if (knownMatches > countCap) {
            return new TicketPage(tickets, countCap, true);
        }
        // Counted up to the cap only: an exact count reads every matching index entry (49,600 for
        // "closed") or, for a short search, every row; past the cap the queue says "cap+".
        int counted = dsl.fetchCount(dsl.selectOne().from(TICKET).where(where).limit(countCap + 1));
        return counted > countCap ? new TicketPage(tickets, countCap, true) : new TicketPage(tickets, counted);
    }

    private static boolean unfiltered(TicketQuery query) {
        return query.status() == null && query.type() == null && query.level() == null && !query.openOnly();
    }

    /// Urgent first, then oldest. A column that the filter fixes to one value is named first: that
    /// changes nothing in the order, but lets H2 read its index (status or type, then priority,
    /// created_at, number) in order and stop after the page.
    private static List<SortField<?>> queueOrder(TicketQuery query) {
        List<SortField<?>> order = new ArrayList<>();
        if (query.status() != null) {
            order.add(TICKET.STATUS.asc());
        } else if (query.type() != null && query.level() == null && !query.openOnly()) {
            order.add(TICKET.TYPE.asc());
        }
        order.addAll(List.of(TICKET.PRIORITY.asc(), TICKET.CREATED_AT.asc(), TICKET.NUMBER.asc()));
        return order;
    }

    private static Condition filters(TicketQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.status() != null) {
            conditions.add(TICKET.STATUS.eq(query.status().name()));
        }
        if (query.openOnly()) {
            // "not closed" named as the statuses it means: an index range each, where <> reads every row
            conditions.add(TICKET.STATUS.in(Arrays.stream(TicketStatus.values())
                    .filter(s -> s != TicketStatus.CLOSED).map(Enum::name).toList()));
        }
        if (query.type() != null) {
            conditions.add(TICKET.TYPE.eq(String.valueOf(query.type().letter())));
        }
        if (query.level() != null) {
            // the priority is the level's (toRecord): the queue-order index finds it
            conditions.add(TICKET.PRIORITY.eq(query.level().priority()));
        }
        return DSL.and(conditions);
    }

    /// Ids whose number, phone, terminal ID, merchant ID or POS barcode starts with the prefix:
    /// one range scan per column's index, at most `cap` ids from each. Phones are stored as typed
    /// ("+44 20 7946 0958") and identifiers are accepted in any case (R-TK-3), so the search
    /// compares the keys normalised on write (see {@link #toRecord}), as the prefixes are.
    private Set<UUID> matchingIds(String prefix, String phonePrefix, int cap) {
        return dsl.select(TICKET.ID).from(TICKET).where(TICKET.NUMBER.like(prefix, '!')).limit(cap)
                .union(DSL.select(TICKET.ID).from(TICKET).where(TICKET.PHONE_KEY.like(phonePrefix, '!')).limit(cap))
                .union(DSL.select(TICKET.ID).from(TICKET).where(TICKET.TERMINAL_KEY.like(prefix, '!')).limit(cap))
                .union(DSL.select(TICKET.ID).from(TICKET).where(TICKET.MERCHANT_KEY.like(prefix, '!')).limit(cap))
                .union(DSL.select(TICKET.ID).from(TICKET).where(TICKET.BARCODE_KEY.like(prefix, '!')).limit(cap))
                .fetchSet(TICKET.ID);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public Optional<Ticket> find(UUID id) {
        return dsl.selectFrom(TICKET).where(TICKET.ID.eq(id)).fetchOptional(JooqTicketRepository::toTicket);
    }

    @Override
    public List<TicketEvent> history(UUID ticketId) {
        return dsl.selectFrom(TICKET_EVENT).where(TICKET_EVENT.TICKET_ID.eq(ticketId))
                .orderBy(TICKET_EVENT.AT, TICKET_EVENT.ID)
                .fetch(r -> new TicketEvent(r.getId(), r.getTicketId(), instant(r.getAt()), r.getActorId(),
                        r.getActorName(), TicketEvent.Kind.valueOf(r.getKind()), r.getDetail()));
    }

    static TicketRecord toRecord(Ticket t) {
        TicketRecord r = new TicketRecord();
        r.setId(t.id());
        r.setNumber(t.number());
        r.setType(String.valueOf(t.type().letter()));
        r.setLevel(t.level().name());
        r.setPriority(t.level().priority());
        r.setServiceKind(t.serviceKind().name());
        r.setRequesterKind(t.requesterKind().name());
        r.setRequesterName(t.requesterName());
        r.setTerminalId(blankToNull(t.terminalId()));
        r.setMerchantId(blankToNull(t.merchantId()));
        r.setPosBarcode(blankToNull(t.posBarcode()));
        r.setInstallAddress(t.installAddress());
        r.setContactPerson(t.contactPerson());
        r.setContactPhone(t.contactPhone());
        // search keys (V5): what the queue's search compares, normalised the way it normalises the search text
        r.setPhoneKey(t.contactPhone().replace(" ", ""));
        r.setTerminalKey(searchKey(t.terminalId()));
        r.setMerchantKey(searchKey(t.merchantId()));
        r.setBarcodeKey(searchKey(t.posBarcode()));
        r.setDescription(t.description());
        r.setStatus(t.status().name());
        r.setHandlingStatus(t.handlingStatus() == null ? null : t.handlingStatus().name());
        r.setDispatchKind(t.dispatchKind() == null ? null : t.dispatchKind().name());
        r.setDispatchTarget(t.dispatchTarget());
        r.setDispatchedAt(utc(t.dispatchedAt()));
        r.setCallbackAttempts(t.callbackAttempts());
        r.setRegion(t.region());
        r.setDeskId(t.deskId());
        r.setSeatCode(t.seatCode());
        r.setCreatedBy(t.createdBy());
        r.setCreatedAt(utc(t.createdAt()));
        r.setUpdatedAt(utc(t.updatedAt()));
        r.setVersion(t.version());
        return r;
    }

    static TicketEventRecord toRecord(TicketEvent e) {
        return new TicketEventRecord(e.id(), e.ticketId(), utc(e.at()), e.actorId(), e.actorName(), e.kind().name(), e.detail());
    }

    static Ticket toTicket(TicketRecord r) {
        return new Ticket(r.getId(), r.getNumber(), TicketType.ofLetter(r.getType().charAt(0)),
                Level.valueOf(r.getLevel()), ServiceKind.valueOf(r.getServiceKind()),
                RequesterKind.valueOf(r.getRequesterKind()), nullToBlank(r.getRequesterName()),
                nullToBlank(r.getTerminalId()), nullToBlank(r.getMerchantId()), nullToBlank(r.getPosBarcode()),
                r.getInstallAddress(), r.getContactPerson(), r.getContactPhone(), r.getDescription(),
                TicketStatus.valueOf(r.getStatus()),
                r.getHandlingStatus() == null ? null : HandlingStatus.valueOf(r.getHandlingStatus()),
                r.getDispatchKind() == null ? null : DispatchKind.valueOf(r.getDispatchKind()),
                r.getDispatchTarget(), instant(r.getDispatchedAt()), r.getCallbackAttempts(), r.getRegion(),
                r.getDeskId(), r.getSeatCode(), r.getCreatedBy(), instant(r.getCreatedAt()),
                instant(r.getUpdatedAt()), r.getVersion());
    }

    private static String searchKey(String identifier) {
        String value = blankToNull(identifier);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }
}
