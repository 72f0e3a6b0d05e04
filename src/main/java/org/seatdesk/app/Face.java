package org.seatdesk.app;

/// The faces of the one application, chosen at start-up.
public enum Face {
    seat,
    supervisor,
    wall
}
