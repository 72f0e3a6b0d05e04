package org.seatdesk.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.seatdesk.roster.RosterRepository;
import org.seatdesk.roster.RosterService;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.settings.SettingRepository;
import org.seatdesk.settings.Settings;

/// Shared set-up of the demo tests: the centre's zone, a fixed clock and the shipped settings.
final class DemoFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = LocalDateTime.parse("2026-11-22T10:30:00").atZone(ZONE).toInstant();
    /// Not a real hash: generation is pure, so tests need not pay for Argon2.
    static final String FAKE_HASH = "$argon2id$fake";

    private DemoFixtures() {
    }

    static DemoCentre.Data centre(long seed, Instant now) {
        return new DemoCentre(seed, Clock.fixed(now, ZONE), ZONE).generate(FAKE_HASH);
    }

    static DemoCentre.Data centre() {
        return centre(DemoCentre.DEFAULT_SEED, NOW);
    }

    /// The shipped defaults (defaults.properties) with nothing stored over them.
    static Settings defaultSettings() {
        return new Settings(new SettingRepository() {
            @Override
            public Map<String, String> all() {
                return Map.of();
            }

            @Override
            public void put(String name, String value) {
                throw new UnsupportedOperationException();
            }
        });
    }

    /// The roster service of the seat console, reading the generated assignments.
    static RosterService roster(DemoCentre.Data data) {
        RosterRepository repository = (staffId, day) -> data.assignments().stream()
                .filter(a -> a.staffId().equals(staffId) && a.workDay().equals(day))
                .findFirst()
                .flatMap(a -> shiftType(data, a.shiftCode()));
        return new RosterService(repository, ZONE);
    }

    private static Optional<ShiftType> shiftType(DemoCentre.Data data, String code) {
        return data.shiftTypes().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
