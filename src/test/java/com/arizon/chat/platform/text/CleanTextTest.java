package com.arizon.chat.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"Café crème", "Ünïcødé ☕ \uD83C\uDF89", "שלום עולם", "مرحبا", "日本語のチャット",
        "a\u200Fb", "zero\u200Dwidth joiner", "tab-free name", ""})
    void namesInAnyScriptWithEmojiArePlain(String text) {
        assertThat(CleanText.isPlain(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc\u202Egnp.exe", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066x", "\u2067",
        "\u2068", "x\u2069", "line\nbreak", "tab\there", "carriage\rreturn", "bell\u0007", "escape\u001B[31m",
        "delete\u007F", "c1\u0080", "next line\u0085", "c1 end\u009F", "non-character\uFFFE", "\uFFFF",
        "nul\u0000", "lone \uD800 surrogate", "reversed \uDE00\uD83D pair"})
    void controlsBidiOverridesNonCharactersAndBrokenSurrogatesAreNot(String text) {
        assertThat(CleanText.isPlain(text)).as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
                .isFalse();
    }

    @Test
    void cuttingKeepsSurrogatePairsWhole() {
        String faces = "\uD83D\uDE00".repeat(5);

        assertThat(CleanText.cutToCodePoints("a" + faces, 3)).isEqualTo("a\uD83D\uDE00\uD83D\uDE00");
        assertThat(CleanText.cutToCodePoints(faces, 5)).isSameAs(faces);
        assertThat(CleanText.cutToCodePoints("short", 100)).isEqualTo("short");
    }
}
