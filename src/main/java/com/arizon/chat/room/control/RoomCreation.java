package com.arizon.chat.room.control;

import com.arizon.chat.platform.database.UniqueViolation;
import com.arizon.chat.security.control.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Creates rooms. Two first creations of the same DIRECT pair may race: the unique key on the pair
 * lets one commit and fails the other, whose transaction is then lost; trying it once more in a
 * new transaction finds the winner's room and returns it (200), as a later creation would.
 */
@ApplicationScoped
public class RoomCreation {

    private static final Logger LOG = Logger.getLogger(RoomCreation.class.getName());

    @Inject
    RoomService rooms;

    public RoomService.CreatedRoom create(Caller caller, CreateRoomCommand command) {
        try {
            return rooms.create(caller, command);
        } catch (RuntimeException e) {
            if (command == null || !"DIRECT".equals(command.type()) || !UniqueViolation.isCause(e)) {
                throw e;
            }
            LOG.fine(() -> "DIRECT room created concurrently for " + caller.userId() + "; returning the winner's");
            return rooms.create(caller, command);
        }
    }
}
