/**
 * What every feature shares and none owns: the transport-neutral errors, translated from any failure
 * in one place ({@code ChatException.from}) for REST and the real-time transports alike, and the
 * envelope ({@code api}), paging ({@code paging}), the JAX-RS providers that answer REST in that
 * envelope ({@code rest}), JSON-B and the real-time transports' JSON limits ({@code json}), the data source and migrations ({@code database}), text rules
 * ({@code text}), CORS and the container's error page ({@code web}), the WebSocket plumbing of both
 * real-time transports ({@code websocket}), health, metrics and the cluster's data grid.
 *
 * <p>Uses no feature package, and {@code api} and {@code paging} no JAX-RS type
 * ({@code ArchitectureTest}).
 */
package com.arizon.chat.platform;
