package com.arizon.chat.user.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserDirectoryTest {

    @Test
    void escapesLikeWildcardsAndTheEscapeCharacter() {
        assertThat(UserDirectory.escapeLike("a_b%c\\d")).isEqualTo("a\\_b\\%c\\\\d");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(UserDirectory.escapeLike("alice.smith-1")).isEqualTo("alice.smith-1");
    }
}
