package com.arizon.chat.platform.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void countsBytesNotCharacters() {
        assertThat(Utf8.exceeds("a".repeat(10), 10)).isFalse();
        assertThat(Utf8.exceeds("a".repeat(11), 10)).isTrue();
        assertThat(Utf8.exceeds("é".repeat(5), 10)).isFalse();
        assertThat(Utf8.exceeds("é".repeat(6), 10)).isTrue();
        assertThat(Utf8.exceeds("€".repeat(3), 9)).isFalse();
        assertThat(Utf8.exceeds("€".repeat(4), 11)).isTrue();
        assertThat(Utf8.exceeds("\uD83D\uDE00".repeat(2), 8)).isFalse();
        assertThat(Utf8.exceeds("\uD83D\uDE00".repeat(3), 11)).isTrue();
    }
}
