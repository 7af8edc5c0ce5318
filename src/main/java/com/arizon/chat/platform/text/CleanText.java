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

    /**
     * Whether the text is fit for a name or an identifier shown to others: clean, and without control
     * characters (C0, DEL, C1), bidirectional embeddings, overrides and isolates (U+202A-U+202E,
     * U+2066-U+2069: "abc", U+202E, "gnp.exe" reads as "abcexe.png") or the non-characters
     * U+FFFE and U+FFFF.
     */
    public static boolean isPlain(CharSequence text) {
        if (!isClean(text)) {
            return false;
        }
        return text.codePoints().noneMatch(CleanText::isUnfitForNames);
    }

    private static boolean isUnfitForNames(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0xFFFE || codePoint == 0xFFFF;
    }

    /** Length in Unicode code points, the unit of every length limit in the contract. */
    public static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The text's first {@code max} code points: never a surrogate pair split in half. */
    public static String cutToCodePoints(String text, int max) {
        if (codePoints(text) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
