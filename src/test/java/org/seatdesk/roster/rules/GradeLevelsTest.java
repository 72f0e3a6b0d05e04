package org.seatdesk.roster.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seatdesk.roster.GradeLevels;
import org.seatdesk.security.Grade;
import org.seatdesk.testing.Fixtures;

class GradeLevelsTest {

    @Test
    void typingSpeedGivesJuniorFromThirtyAndIntermediateFromFifty_R_GR_1() {
        GradeLevels levels = GradeLevels.from(Fixtures.shippedSettings());
        assertThat(levels.forTypingSpeed(29)).isNull();
        assertThat(levels.forTypingSpeed(30)).isEqualTo(Grade.JUNIOR);
        assertThat(levels.forTypingSpeed(49)).isEqualTo(Grade.JUNIOR);
        assertThat(levels.forTypingSpeed(50)).isEqualTo(Grade.INTERMEDIATE);
        assertThat(levels.forTypingSpeed(120)).isEqualTo(Grade.INTERMEDIATE); // senior is appointed, not typed
    }
}
