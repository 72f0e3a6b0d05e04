package org.seatdesk.store;

import static org.seatdesk.store.Times.instant;
import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.TICKET;
import static org.seatdesk.store.jooq.Tables.TICKET_COUNTER;
import static org.seatdesk.store.jooq.Tables.TICKET_DRAFT;
import static org.seatdesk.store.jooq.Tables.TICKET_EVENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

import org.jooq.Condition;
import org.jooq.DSLContext;
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

    private final DSLContext dsl;

    public JooqTicketRepository(Database database) {
        this.dsl = database.dsl();
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
            tx.deleteFrom(TICKET_DRAFT).where(TICKET_DRAFT.STAFF_ID.eq(ticket.createdBy())).execute();
            return ticket;
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

    @Override
    public TicketPage query(TicketQuery query) {
        Condition where = condition(query);
        List<Ticket> tickets = dsl.selectFrom(TICKET).where(where)
                .orderBy(TICKET.PRIORITY, TICKET.CREATED_AT, TICKET.NUMBER)
                .limit(query.limit())
                .fetch(JooqTicketRepository::toTicket);
        int total = tickets.size() < query.limit() ? tickets.size() : dsl.fetchCount(TICKET, where);
        return new TicketPage(tickets, total);
    }

    private static Condition condition(TicketQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.status() != null) {
            conditions.add(TICKET.STATUS.eq(query.status().name()));
        }
        if (query.openOnly()) {
            conditions.add(TICKET.STATUS.ne(TicketStatus.CLOSED.name()));
        }
        if (query.type() != null) {
            conditions.add(TICKET.TYPE.eq(String.valueOf(query.type().letter())));
        }
        if (query.level() != null) {
            conditions.add(TICKET.LEVEL.eq(query.level().name()));
        }
        if (!query.search().isEmpty()) {
            String prefix = escapeLike(query.search().toUpperCase(Locale.ROOT)) + "%";
            String phonePrefix = escapeLike(query.search().replace(" ", "")) + "%";
            // Phones are stored as typed ("+44 20 7946 0958") and identifiers are accepted in any
            // case (R-TK-3), so compare them the way the search text is normalised.
            conditions.add(DSL.or(
                    TICKET.NUMBER.like(prefix, '!'),
                    DSL.replace(TICKET.CONTACT_PHONE, " ", "").like(phonePrefix, '!'),
                    DSL.upper(TICKET.TERMINAL_ID).like(prefix, '!'),
                    DSL.upper(TICKET.MERCHANT_ID).like(prefix, '!'),
                    DSL.upper(TICKET.POS_BARCODE).like(prefix, '!')));
        }
        return DSL.and(conditions);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }
}
