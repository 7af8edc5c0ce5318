package com.arizon.chat.realtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.user.control.UserSummary;
import org.junit.jupiter.api.Test;

/** What instances of a cluster tell each other survives the trip: room events and room entries. */
class ClusterWireTest {

    @Test
    void aPublishedEventKeepsItsAudience() {
        OutboundEvent event = new OutboundEvent("new_message", "{\"message\":{\"content\":\"a\\tb\"}}");
        for (Audience audience : new Audience[] {Audience.everyone(), Audience.allBut("connection-1"),
                Audience.allButUser("user-1")}) {
            RoomEventMessage sent = RoomEventMessage.publish("room-1", event, audience);
            assertThat(RoomEventMessage.fromWire(sent.toWire())).isEqualTo(sent);
        }
    }

    @Test
    void unsubscriptionsTravelToo() {
        RoomEventMessage user = RoomEventMessage.unsubscribeUser("room-1", "user-1");
        RoomEventMessage all = RoomEventMessage.unsubscribeAll("room-1");
        assertThat(RoomEventMessage.fromWire(user.toWire())).isEqualTo(user);
        assertThat(RoomEventMessage.fromWire(all.toWire())).isEqualTo(all);
    }

    @Test
    void aRoomEntryKeepsEveryFieldAndItsNulls() {
        ClusterPresence.RoomEntry full = new ClusterPresence.RoomEntry("member-1", "a@example.com",
                new UserSummary("user-1", "alice", "Alice", "Liddell", "https://example.com/a.png"));
        ClusterPresence.RoomEntry sparse = new ClusterPresence.RoomEntry("member-2", null,
                new UserSummary("user-2", "bob", null, "", null));
        assertThat(ClusterPresence.RoomEntry.decoded(full.encoded())).isEqualTo(full);
        assertThat(ClusterPresence.RoomEntry.decoded(sparse.encoded())).isEqualTo(sparse);
    }
}
