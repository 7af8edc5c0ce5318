package com.arizon.chat.platform.websocket;

import jakarta.enterprise.inject.spi.Unmanaged;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the instance of a WebSocket endpoint for each connection, its {@code @Inject} fields
 * filled. Left to itself, the container's CDI provider builds an injection target per instance and
 * keeps it, with the instance's creational context, in a map until the connection closes: about a
 * kilobyte per open connection. Here the injection target is built once per endpoint class and the
 * creational context is dropped at once, which is safe because the endpoints inject only
 * application-scoped beans (nothing dependent to destroy) and declare no {@code @PreDestroy}.
 */
public final class InjectedEndpoints extends ServerEndpointConfig.Configurator {

    private final Map<Class<?>, Unmanaged<?>> injectors = new ConcurrentHashMap<>();

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        @SuppressWarnings("unchecked")
        Unmanaged<T> injector = (Unmanaged<T>) injectors.computeIfAbsent(endpointClass, Unmanaged::new);
        return injector.newInstance().produce().inject().postConstruct().get();
    }
}
