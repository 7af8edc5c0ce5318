package com.arizon.chat.realtime;

/**
 * Some clients of a stress crowd, all alike: how they connect, how many there are, how many share a
 * user, which room they enter and what they do there.
 *
 * @param kind names them in logs, e.g. "Socket.IO sending"
 * @param clientsPerUser how many of them share one of the regular users (the server allows 20
 *     connections per user); ignored for newcomers, who are new users
 */
record CrowdPart(String kind, StressClient.Opener opener, int count, int clientsPerUser, Room room,
        Behaviour behaviour) {

    /** How many regular users these clients take. */
    int users() {
        return behaviour == Behaviour.VANISHES_WHILE_JOINING ? 0 : (count + clientsPerUser - 1) / clientsPerUser;
    }

    enum Room {
        /** The room whose send turn the crowd floods. */
        FLOODED,
        /** A second room, whose senders are few enough that none waits long for its turn. */
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
