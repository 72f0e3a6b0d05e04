package org.seatdesk.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/// R-SH-2: a handover is complete only when a successor acknowledged it at the entry's seat.
class HandoverItemTest {

    private static final UUID AUTHOR = UUID.randomUUID();
    private static final UUID SUCCESSOR = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-24T00:00:00Z");
    private static final HandoverEntry ENTRY = new HandoverEntry(UUID.randomUUID(), HandoverCategory.EQUIPMENT_STATUS,
            "耳机有杂音", List.of(), AUTHOR, "刘洋", "S07", "CN", AT);

    private static HandoverAck ack(UUID who, String seat) {
        return new HandoverAck(UUID.randomUUID(), ENTRY.id(), who, "李晓燕", seat, AT.plusSeconds(60));
    }

    @Test
    void anEntryNobodyAcknowledgedIsOpen_R_SH_2() {
        assertThat(new HandoverItem(ENTRY, List.of()).status()).isEqualTo(HandoverStatus.OPEN);
    }

    @Test
    void readFromAnotherSeatIsNotYetAHandover_R_SH_2() {
        assertThat(new HandoverItem(ENTRY, List.of(ack(SUCCESSOR, "S08"))).status()).isEqualTo(HandoverStatus.ACKNOWLEDGED);
    }

    @Test
    void theSuccessorAtTheSameSeatCompletesIt_R_SH_2() {
        assertThat(new HandoverItem(ENTRY, List.of(ack(SUCCESSOR, "S08"), ack(SUCCESSOR, "S07"))).status())
                .isEqualTo(HandoverStatus.COMPLETE);
    }

    @Test
    void theAuthorNeverCompletesTheirOwnHandover_R_SH_2() {
        HandoverItem item = new HandoverItem(ENTRY, List.of(ack(AUTHOR, "S07")));
        assertThat(item.status()).isNotEqualTo(HandoverStatus.COMPLETE);
        assertThat(item.mayBeAcknowledgedBy(AUTHOR, "S07")).isFalse();
    }

    @Test
    void aReaderAcknowledgesOncePerSeat_R_SH_2() {
        HandoverItem item = new HandoverItem(ENTRY, List.of(ack(SUCCESSOR, "S08")));
        assertThat(item.mayBeAcknowledgedBy(SUCCESSOR, "S08")).isFalse();
        assertThat(item.mayBeAcknowledgedBy(SUCCESSOR, "S07")).as("taking over the seat later").isTrue();
    }
}
