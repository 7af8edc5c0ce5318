package com.arizon.chat.realtime.control;

import com.arizon.chat.platform.json.JsonbConfiguration;

/**
 * An event for clients: its name and its data already serialised to JSON. A push to a room is
 * serialised once and the same instance goes to every recipient; transports only wrap it
 * ({@code {"event":..,"data":..}} natively, {@code 42["name",data]} for Socket.IO).
 */
public record OutboundEvent(String name, String dataJson) {

    public static OutboundEvent of(String name, Object data) {
        return new OutboundEvent(name, JsonbConfiguration.jsonb().toJson(data));
    }
}
