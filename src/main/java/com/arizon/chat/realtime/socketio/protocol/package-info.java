/**
 * Wire codec for Engine.IO v4 and Socket.IO v5, the protocols spoken by socket.io-client 4.x.
 *
 * <p>Two layers, as in the specifications. Engine.IO moves {@link
 * com.arizon.chat.realtime.socketio.protocol.EngineIoPacket packets} over a WebSocket (one packet a
 * frame, see {@link com.arizon.chat.realtime.socketio.protocol.EngineIoPacketCodec}) or HTTP
 * long-polling (packets joined into a payload, see {@link
 * com.arizon.chat.realtime.socketio.protocol.PollingPayloadCodec}). Each Engine.IO {@code message}
 * carries one Socket.IO text packet or one of its binary attachments: {@link
 * com.arizon.chat.realtime.socketio.protocol.SocketIoPacketReassembler} turns incoming messages into
 * {@link com.arizon.chat.realtime.socketio.protocol.SocketIoPacket}s and {@link
 * com.arizon.chat.realtime.socketio.protocol.SocketIoPacketEncoder} turns packets back into messages.
 *
 * <p>Everything here is pure: no I/O, no clocks, no sessions. Wire input that breaks the protocol is
 * refused with {@link com.arizon.chat.realtime.socketio.protocol.MalformedPacketException}; the
 * transport then closes the connection, as both specifications require.
 */
package com.arizon.chat.realtime.socketio.protocol;
