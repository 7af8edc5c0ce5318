package com.arizon.chat.moderation.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of words (or phrases) that may not appear in messages. Matching ignores case and finds
 * whole words only: blocking "ass" leaves "class" alone.
 */
public final class BlockedWords {

    private static final String WORD_CHARACTER = "[\\p{L}\\p{N}_]";

    private final Pattern pattern;

    private BlockedWords(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Blank entries are ignored; no words at all blocks nothing. */
    public static BlockedWords of(Collection<String> words) {
        String alternatives = words.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .distinct()
                // Longest first, so a phrase wins over a word it starts with.
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        if (alternatives.isEmpty()) {
            return new BlockedWords(null);
        }
        return new BlockedWords(Pattern.compile("(?<!" + WORD_CHARACTER + ")(?:" + alternatives + ")(?!"
                + WORD_CHARACTER + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    public boolean isEmpty() {
        return pattern == null;
    }

    public boolean occursIn(String text) {
        return pattern != null && pattern.matcher(text).find();
    }

    /** The text with every blocked word replaced by as many asterisks as it has characters. */
    public String mask(String text) {
        if (pattern == null) {
            return text;
        }
        Matcher matcher = pattern.matcher(text);
        StringBuilder masked = new StringBuilder(text.length());
        while (matcher.find()) {
            String word = matcher.group();
            matcher.appendReplacement(masked, "*".repeat(word.codePointCount(0, word.length())));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }
}
