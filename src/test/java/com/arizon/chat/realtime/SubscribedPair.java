package com.arizon.chat.realtime;

import static com.arizon.chat.realtime.RealtimeFixtures.server;
import static com.arizon.chat.realtime.RealtimeFixtures.user;

import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.TestUser;

/** Alice and Bob, members of a fresh public room, each signed in on a socket subscribed to it. */
public record SubscribedPair(TestUser alice, TestUser bob, String roomId, ChatSocket aliceSocket,
                             ChatSocket bobSocket) implements AutoCloseable {

    public static SubscribedPair open() {
        TestUser alice = user();
        TestUser bob = user();
        String roomId = RealtimeFixtures.publicRoom(alice, bob);
        ChatSocket aliceSocket = ChatSocket.signedIn(server(), alice);
        ChatSocket bobSocket = ChatSocket.signedIn(server(), bob);
        aliceSocket.joinRoom(roomId);
        bobSocket.joinRoom(roomId);
        return new SubscribedPair(alice, bob, roomId, aliceSocket, bobSocket);
    }

    @Override
    public void close() {
        aliceSocket.close();
        bobSocket.close();
    }
}
