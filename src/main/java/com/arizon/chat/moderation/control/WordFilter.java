package com.arizon.chat.moderation.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The word filter every message passes before it is stored, new or edited. Configured by
 * {@code chat.moderation.blocked-words} (a comma list; env {@code CHAT_MODERATION_BLOCKED_WORDS};
 * empty by default) and {@code chat.moderation.mode}: {@code reject} refuses the message with
 * {@code MESSAGE_SEND_FAILED}, {@code mask} stores it with the words replaced by asterisks.
 */
@ApplicationScoped
public class WordFilter {

    private static final Logger LOG = Logger.getLogger(WordFilter.class.getName());

    @Inject
    @ConfigProperty(name = "chat.moderation.blocked-words")
    Optional<String> configuredWords;

    @Inject
    @ConfigProperty(name = "chat.moderation.mode", defaultValue = "reject")
    String configuredMode;

    private BlockedWords words;
    private Mode mode;

    enum Mode {
        REJECT, MASK
    }

    @PostConstruct
    void configure() {
        // Split here: Payara's config producer cannot inject Optional<List<String>>.
        words = BlockedWords.of(List.of(configuredWords.orElse("").split(",")));
        try {
            mode = Mode.valueOf(configuredMode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.severe(() -> "chat.moderation.mode '" + configuredMode + "' is neither reject nor mask; rejecting");
            mode = Mode.REJECT;
        }
    }

    /** The content as it may be stored: unchanged, or masked; or refused. */
    public String screen(String content) {
        if (!words.occursIn(content)) {
            return content;
        }
        if (mode == Mode.MASK) {
            return words.mask(content);
        }
        throw new ChatException(ErrorCode.MESSAGE_SEND_FAILED, "The message contains a blocked word");
    }
}
