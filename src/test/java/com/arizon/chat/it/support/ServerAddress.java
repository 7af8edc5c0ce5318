package com.arizon.chat.it.support;

import java.net.URI;

/** Where a test client reaches the chat: one server, one instance of a cluster, or its load balancer. */
public interface ServerAddress {

    URI baseUri();

    /** A WebSocket address, e.g. {@code wsUri("/ws/chat?token=...")}. */
    default URI wsUri(String path) {
        return URI.create(baseUri().toString().replaceFirst("^http", "ws") + path);
    }
}
