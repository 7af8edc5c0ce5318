/**
 * Live connections: the native WebSocket endpoint ({@code boundary}), the Socket.IO server
 * ({@code socketio}), and the transport-neutral chat protocol, presence and room pushes
 * ({@code control}).
 *
 * <p>Uses every other feature; nothing uses it. The Socket.IO transport reaches the rest only through
 * the gateway, {@link com.arizon.chat.realtime.control.RealtimeGateway}.
 *
 * <h2>Threads</h2>
 * <ul>
 *   <li><b>Reading threads</b> (the container's HTTP workers) parse a frame, count it against the
 *   connection's rate limits at once ({@code RATE_LIMITED} goes back straight away) and queue it on
 *   the connection's lane. They never call a service.</li>
 *   <li><b>Connection lanes</b> ({@link com.arizon.chat.realtime.control.SerialLane}, one per
 *   connection, run by the event threads of {@link com.arizon.chat.realtime.control.RealtimeWorkers})
 *   handle a connection's events one at a time, in order: they call the services, which own the
 *   transactions, and send the reply. Closing is the lane's last task, so a connection leaves its
 *   rooms after the events it sent before closing. A client that lets its lane fill up is closed.</li>
 *   <li><b>Closing for abuse</b> (rate abuse, or a full lane) is the exception: from the moment the
 *   reading thread decides to close, none of the connection's events is handled, neither those
 *   waiting on its lane nor those still arriving (each lane task checks a flag of the connection
 *   first, so no lock is needed). Only the event the lane had already started finishes: a send already
 *   handed to its room's send turn may commit after the close, when its {@code message_sent} can no
 *   longer be delivered, and the client's retry with the same {@code clientMessageId} (on either
 *   transport) is answered with that message ({@code message.control.MessagePosting}).</li>
 *   <li><b>Send threads</b> ({@code message.control.RoomSendTurns}) post {@code send_message}: the
 *   lane hands the send over and pauses, holding no thread, until its commit completes it. A send
 *   that waited past {@code chat.realtime.busy-after} on the lane, or whose room's pushes are that
 *   far behind, is refused {@code RATE_LIMITED} instead (load shedding).</li>
 *   <li><b>Room lanes</b> (fan-out threads) run each room's pushes in the order they were published:
 *   services fire CDI events, {@link com.arizon.chat.realtime.control.DomainPushes} observes them
 *   after commit and publishes, which only queues the push on the room's lane.</li>
 *   <li><b>On a cluster</b> (Payara's Hazelcast data grid): the room lane that runs a push also hands
 *   it, already serialised, to the grid's topic ({@link com.arizon.chat.realtime.control.GridRoomEvents});
 *   the grid's event thread on the other instances only queues it on their room lane. Who is in which
 *   room, and each user's connections, live in grid maps that one thread of
 *   {@link com.arizon.chat.realtime.control.ClusterPresence} updates in order, handing the outcome to
 *   a callback that only publishes. Signing in reserves the user's cluster-wide connection slot before
 *   taking the connection's monitor and gives it back after releasing it.</li>
 *   <li><b>Sending</b>: a push or reply is queued on the connection's bounded outbound queue and the
 *   thread that finds the connection idle starts the container's asynchronous send; a client that
 *   lets the queue overflow is dropped as a slow consumer.</li>
 * </ul>
 *
 * <h2>Locks, and the rule that keeps them free of deadlock</h2>
 * No monitor, lock or room turn is held while calling another component (a service, the
 * broadcaster, another connection, the container's send). Each lock guards its own state and is
 * released before anything is called, with these exceptions, each a call into a leaf lock that
 * itself calls nothing, in this order:
 * <ol>
 *   <li>A room's send turn ({@code message.control.RoomSendTurns}) covers the send transaction (the
 *   sends that waited for it, committed together); the commit fires the after-commit observers,
 *   which queue pushes on room lanes (no wait).</li>
 *   <li>{@code LiveConnection}'s monitor, then a room's subscriber monitor in
 *   {@code RoomSubscriptions}, or the per-user map of {@code ConnectionRegistry} (signing in).</li>
 *   <li>A Socket.IO socket's lock ({@code SocketIoConnection}), then its Engine.IO session's lock
 *   ({@code EngineIoSession}, only to queue packets), then the transport's lock
 *   ({@code WebSocketTransport} or {@code PollingTransport}, only to reserve it).</li>
 *   <li>{@code SocketIoClient}'s lock guards reassembly and the socket map, and calls nothing.</li>
 * </ol>
 * Nothing waits for another connection: closing one queues a task on its own lane and returns, and
 * pushes to a closing connection are refused without waiting. {@code RealtimeStressIT} drives both
 * transports with full-speed senders, clients that stop reading and clients that vanish mid-send,
 * then asks the server's JVM for deadlocked threads.
 */
package com.arizon.chat.realtime;
