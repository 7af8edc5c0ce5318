package com.arizon.chat.realtime.boundary;

import com.arizon.chat.realtime.control.OutboundEvent;

/**
 * The native framing {@code {"event": name, "data": ...}} around an event whose data is serialised
 * already. A room push hands the same event to every recipient in a row on one thread, so each
 * thread remembers the last event it framed and frames a push once, not once per recipient.
 */
final class NativeFrames {

    private static final ThreadLocal<LastFramed> LAST = ThreadLocal.withInitial(LastFramed::new);

    private NativeFrames() {
    }

    static String of(OutboundEvent event) {
        LastFramed last = LAST.get();
        if (last.event != event) {
            last.frame = "{\"event\":\"" + event.name() + "\",\"data\":" + event.dataJson() + "}";
            last.event = event;
        }
        return last.frame;
    }

    private static final class LastFramed {
        private OutboundEvent event;
        private String frame;
    }
}
