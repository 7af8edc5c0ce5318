/**
 * The Socket.IO transport (Engine.IO 4 / Socket.IO 5 over WebSocket and long-polling): sessions,
 * namespaces, packets ({@code protocol}) and the upgrade from polling to WebSocket.
 *
 * <p>Reaches the application only through the real-time gateway
 * ({@link com.arizon.chat.realtime.control.RealtimeGateway} and the types it speaks in) and the
 * platform ({@code ArchitectureTest}).
 */
package com.arizon.chat.realtime.socketio;
