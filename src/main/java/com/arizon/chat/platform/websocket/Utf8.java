package com.arizon.chat.platform.websocket;

/** UTF-8 sizes of text, without encoding it. */
public final class Utf8 {

    private static final int MAX_BYTES_PER_CHAR = 3;

    private Utf8() {
    }

    /** Whether the text takes more than {@code limit} bytes in UTF-8. */
    public static boolean exceeds(String text, int limit) {
        int length = text.length();
        if (length > limit) {
            return true;
        }
        if ((long) length * MAX_BYTES_PER_CHAR <= limit) {
            return false;
        }
        long bytes = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800 || Character.isSurrogate(c)) {
                bytes += 2; // a surrogate pair takes 4 bytes, 2 per char
            } else {
                bytes += MAX_BYTES_PER_CHAR;
            }
        }
        return bytes > limit;
    }
}
