package com.arizon.chat.realtime.socketio;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once: every {@code Json.createXxx} call looks it up again, which in
 * Payara goes through the OSGi service registry and costs milliseconds under load.
 */
final class JsonSupport {

    static final JsonProvider JSON = JsonProvider.provider();

    private JsonSupport() {
    }
}
