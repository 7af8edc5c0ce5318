package com.arizon.chat.realtime.boundary;

import com.arizon.chat.platform.websocket.LastFramed;
import com.arizon.chat.realtime.control.OutboundEvent;

/** The native framing {@code {"event": name, "data": ...}} around an event whose data is serialised already. */
final class NativeFrames {

    private static final LastFramed<OutboundEvent, String> FRAMES = new LastFramed<>(
            event -> "{\"event\":\"" + event.name() + "\",\"data\":" + event.dataJson() + "}");

    private NativeFrames() {
    }

    static String of(OutboundEvent event) {
        return FRAMES.of(event);
    }
}
