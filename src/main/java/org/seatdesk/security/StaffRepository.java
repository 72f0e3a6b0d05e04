package org.seatdesk.security;

import java.util.Optional;

public interface StaffRepository {

    Optional<Credentials> credentials(String staffNo);

    record Credentials(Staff staff, String passwordHash) {
    }
}
