package com.arizon.chat.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void ordinaryTextAndPairedSurrogatesAreClean() {
        assertThat(CleanText.isClean("Hello, wörld \uD83D\uDE00")).isTrue();
        assertThat(CleanText.isClean("")).isTrue();
    }

    @Test
    void nulAndLoneSurrogatesAreNot() {
        assertThat(CleanText.isClean("a\u0000b")).isFalse();
        assertThat(CleanText.isClean("\uD83D")).isFalse();
        assertThat(CleanText.isClean("x\uDE00")).isFalse();
        assertThat(CleanText.isClean("\uDE00\uD83D")).isFalse();
    }

    @Test
    void lengthsCountCodePoints() {
        assertThat(CleanText.codePoints("\uD83D\uDE00\uD83D\uDE00")).isEqualTo(2);
    }
}
