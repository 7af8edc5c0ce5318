package com.arizon.chat.platform.text;

/** Text rules shared by every transport: what may be stored, and how long it is. */
public final class CleanText {

    private CleanText() {
    }

    /** False for text holding U+0000 or a surrogate that is not part of a pair. */
    public static boolean isClean(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Length in Unicode code points, the unit of every length limit in the contract. */
    public static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}
