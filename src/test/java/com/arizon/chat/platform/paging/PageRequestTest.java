package com.arizon.chat.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsAndOffsets() {
        assertThat(PageRequest.parse(null, null)).isEqualTo(new PageRequest(1, 50));
        assertThat(PageRequest.parse("3", "20").offset()).isEqualTo(40);
    }

    @Test
    void outOfRangeOrNonNumericValuesAreValidationErrors() {
        for (String[] bad : new String[][] {{"0", null}, {null, "0"}, {null, "101"}, {"x", null}, {"99999999999", null}}) {
            assertThatThrownBy(() -> PageRequest.parse(bad[0], bad[1]))
                    .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        }
    }

    @Test
    void cursorsExcludeEachOtherAndPages() {
        assertThat(PageQuery.parse(null, "10", "m1", null).isCursor()).isTrue();
        assertThatThrownBy(() -> PageQuery.parse(null, null, "m1", "m2")).isInstanceOf(ChatException.class);
        assertThatThrownBy(() -> PageQuery.parse("2", null, "m1", null)).isInstanceOf(ChatException.class);
    }
}
