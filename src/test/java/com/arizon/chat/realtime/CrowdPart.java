package com.arizon.chat.realtime;

/**
 * Some clients of a stress crowd, all alike: how they connect, how many there are, which room they
 * enter and what they do there.
 *
 * @param kind names them in logs, e.g. "Socket.IO reading"
 */
record CrowdPart(String kind, StressClient.Opener opener, int count, Room room, Behaviour behaviour) {

    enum Room {
        /** Where the crowd floods the send turn. */
        FLOODED,
        /** A second room, whose send turn nobody queues for long. */
        SIDE
    }

    enum Behaviour {
        /** Joins and sends at full speed until the round ends, when every client left vanishes at once. */
        SENDS,
        /** Joins and sends at full speed, then vanishes at a random moment while the crowd sends. */
        SENDS_THEN_VANISHES,
        /** Joins and sends nothing; vanishes with the rest at the end of the round. */
        LISTENS,
        /** A user new to the room asks to join it and vanishes while the server joins them. */
        VANISHES_WHILE_JOINING
    }
}
