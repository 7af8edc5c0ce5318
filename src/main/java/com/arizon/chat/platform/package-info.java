/**
 * What every feature shares and none owns: the transport-neutral errors, the envelope and paging
 * ({@code api}), the JAX-RS providers that answer REST in that envelope ({@code rest}), JSON-B
 * ({@code json}), the data source and migrations ({@code database}), text rules
 * ({@code text}), CORS and the container's error page ({@code web}), the WebSocket plumbing of both
 * real-time transports ({@code websocket}), health, metrics and the cluster's data grid.
 *
 * <p>Uses no feature package, and {@code api} no JAX-RS type ({@code ArchitectureTest}).
 */
package com.arizon.chat.platform;
