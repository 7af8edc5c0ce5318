package com.arizon.chat.platform.websocket;

import java.util.function.Function;

/**
 * Frames a room push once, not once per recipient: a push hands the same event object to every
 * recipient in a row on one thread, so each thread remembers the last key (by identity) it framed
 * and the frame it made of it. A thread keeps only its last frame.
 *
 * @param <K> what is framed, compared by identity
 * @param <F> the frame
 */
public final class LastFramed<K, F> {

    private final Function<K, F> framing;
    private final ThreadLocal<Last<K, F>> last = ThreadLocal.withInitial(Last::new);

    public LastFramed(Function<K, F> framing) {
        this.framing = framing;
    }

    public F of(K key) {
        Last<K, F> remembered = last.get();
        if (remembered.key != key) {
            remembered.frame = framing.apply(key);
            remembered.key = key;
        }
        return remembered.frame;
    }

    private static final class Last<K, F> {
        private K key;
        private F frame;
    }
}
