package org.seatdesk.hub;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatdesk.security.Role;

/// R-LV-3 with R-SEC-1's care for staff: a leave request's note may say why someone is ill (sick
/// leave comes with a certificate, sometimes asked on the person's behalf). The person, whoever
/// asked for them, and the roles that approve leave or call the roll (R-LV-2, R-SH-1) read it;
/// every other colleague's console receives the request without its note — the dates and the kind
/// are what its roster and swap checks need (R-SW-5, no leave on a swapped shift).
final class LeaveNotes {

    private static final Set<Role> READ_EVERY_NOTE = EnumSet.of(Role.SHIFT_MONITOR, Role.DEPARTMENT_DIRECTOR,
            Role.CENTRE_DIRECTOR);

    private LeaveNotes() {
    }

    /// True when `caller` may have to receive a change of `entity` without a note.
    static boolean mayHide(Caller caller, String entity) {
        return entity.equals("leave_request") && !READ_EVERY_NOTE.contains(caller.role());
    }

    /// The request as `caller` receives it: a colleague's without its note.
    static ObjectNode forCaller(Caller caller, ObjectNode request) {
        String me = caller.staffId().toString();
        if (!me.equals(request.path("staffId").asText()) && !me.equals(request.path("requestedBy").asText())) {
            request.putNull("note");
        }
        return request;
    }
}
