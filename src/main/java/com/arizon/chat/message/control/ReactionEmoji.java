package com.arizon.chat.message.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.text.CleanText;

/**
 * What may stand as a reaction: 1 to 64 code points of clean text without spaces or control
 * characters. Joiners and variation selectors, which emoji sequences are made of, are fine.
 */
final class ReactionEmoji {

    static final int MAX_CODE_POINTS = 64;

    private ReactionEmoji() {
    }

    static String require(String emoji) {
        if (emoji == null || emoji.isEmpty()) {
            throw ChatException.validation("emoji", "must not be empty");
        }
        if (!CleanText.isClean(emoji)) {
            throw ChatException.validation("emoji", "contains U+0000 or an unpaired surrogate");
        }
        if (CleanText.codePoints(emoji) > MAX_CODE_POINTS) {
            throw ChatException.validation("emoji", "must be at most " + MAX_CODE_POINTS + " characters");
        }
        if (emoji.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c))) {
            throw ChatException.validation("emoji", "must not contain spaces or control characters");
        }
        return emoji;
    }
}
