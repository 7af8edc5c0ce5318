package com.arizon.chat.room.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectRoomsTest {

    @Test
    void theKeyIsTheSameWhoeverCreatesTheRoom() {
        assertThat(DirectRooms.key("alice", "bob")).isEqualTo(DirectRooms.key("bob", "alice"));
    }

    @Test
    void idsContainingAnySeparatorStayDistinct() {
        assertThat(DirectRooms.key("auth0|a", "b")).isNotEqualTo(DirectRooms.key("auth0", "a|b"));
        String key = DirectRooms.key("auth0|1", "auth0|12");
        assertThat(DirectRooms.isMember(key, "auth0|1")).isTrue();
        assertThat(DirectRooms.isMember(key, "auth0|12")).isTrue();
        assertThat(DirectRooms.isMember(key, "auth0|")).isFalse();
        assertThat(DirectRooms.isMember(null, "x")).isFalse();
    }
}
