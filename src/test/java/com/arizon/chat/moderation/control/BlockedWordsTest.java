package com.arizon.chat.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockedWordsTest {

    private final BlockedWords words = BlockedWords.of(List.of(" darn ", "heck", "", "good grief"));

    @Test
    void findsWholeWordsIgnoringCase() {
        assertThat(words.occursIn("Oh DARN it")).isTrue();
        assertThat(words.occursIn("heck!")).isTrue();
        assertThat(words.occursIn("Good  Grief")).isFalse();
        assertThat(words.occursIn("good grief, again")).isTrue();
    }

    @Test
    void leavesWordsThatOnlyContainABlockedOne() {
        assertThat(words.occursIn("darned hecking checkers")).isFalse();
        assertThat(words.occursIn("darn_it")).isFalse();
    }

    @Test
    void masksEachCharacterOfEachBlockedWord() {
        assertThat(words.mask("Darn, what the heck? good grief")).isEqualTo("****, what the ****? **********");
    }

    @Test
    void countsCodePointsWhenMasking() {
        BlockedWords emoji = BlockedWords.of(List.of("\uD83D\uDCA9x"));

        assertThat(emoji.mask("a \uD83D\uDCA9x b")).isEqualTo("a ** b");
    }

    @Test
    void treatsRegexCharactersLiterally() {
        BlockedWords dotted = BlockedWords.of(List.of("a.b"));

        assertThat(dotted.occursIn("axb")).isFalse();
        assertThat(dotted.occursIn("see a.b here")).isTrue();
    }

    @Test
    void anEmptyListBlocksNothing() {
        BlockedWords none = BlockedWords.of(List.of("", "  "));

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.occursIn("anything")).isFalse();
        assertThat(none.mask("anything")).isEqualTo("anything");
    }
}
