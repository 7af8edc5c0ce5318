/**
 * What every feature shares and none owns: the error envelope and the JAX-RS providers
 * ({@code api}), JSON-B ({@code json}), the data source and migrations ({@code database}), text rules
 * ({@code text}), CORS and the container's error page ({@code web}), the WebSocket plumbing of both
 * real-time transports ({@code websocket}), health, metrics and the cluster's data grid.
 *
 * <p>Uses no feature package ({@code ArchitectureTest}).
 */
package com.arizon.chat.platform;
