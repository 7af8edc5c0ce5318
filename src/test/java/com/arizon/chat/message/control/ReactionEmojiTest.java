package com.arizon.chat.message.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReactionEmojiTest {

    private static final String THUMBS_UP = "\uD83D\uDC4D";
    // Family: man, ZWJ, woman, ZWJ, girl; and a heart with its variation selector.
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    private static final String RED_HEART = "\u2764\uFE0F";

    @ParameterizedTest
    @ValueSource(strings = {THUMBS_UP, FAMILY, RED_HEART, ":party-parrot:", "+1"})
    void acceptsEmojiAndShortcodes(String emoji) {
        assertThat(ReactionEmoji.require(emoji)).isEqualTo(emoji);
    }

    @Test
    void acceptsUpTo64CodePoints() {
        assertThat(ReactionEmoji.require(THUMBS_UP.repeat(64))).hasSize(128);
        assertInvalid(THUMBS_UP.repeat(65));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "\t", "x\u0000", "\uD83D", "a\u00A0b", "x\u0007"})
    void refusesEmptySpacedControlOrBrokenText(String emoji) {
        assertInvalid(emoji);
    }

    private static void assertInvalid(String emoji) {
        assertThatThrownBy(() -> ReactionEmoji.require(emoji)).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
    }
}
