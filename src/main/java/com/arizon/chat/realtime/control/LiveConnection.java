package com.arizon.chat.realtime.control;

import com.arizon.chat.platform.metrics.ChatMetrics;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.UserProfile;
import com.arizon.chat.user.control.UserSummary;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

/**
 * What the chat protocol knows about one open connection: who signed in on it, which rooms it is
 * subscribed to, its rate limits and the lane its events wait in. Subscriptions change only under
 * this object's monitor, which guards state only: nothing is called while it is held.
 */
public final class LiveConnection {

    private final Connection connection;
    private final EventLimiter limiter;
    private final SerialLane inbound;
    private final ChatMetrics.Origin origin;
    private final Set<String> rooms = ConcurrentHashMap.newKeySet();
    private volatile UserProfile profile;
    private volatile Caller caller;
    private volatile Future<?> authenticationDeadline;
    private volatile boolean refusingEvents;
    private boolean closed;

    LiveConnection(Connection connection, EventLimiter limiter, SerialLane inbound) {
        this.connection = connection;
        this.limiter = limiter;
        this.inbound = inbound;
        this.origin = connection.transport().origin();
    }

    public String id() {
        return connection.id();
    }

    public Connection connection() {
        return connection;
    }

    /** Queues an event for this client; a full queue makes the transport drop the connection (then false). */
    public boolean send(OutboundEvent event) {
        return connection.send(event);
    }

    /** What the messages posted over this connection count as (a Socket.IO upgrade keeps it Socket.IO). */
    public ChatMetrics.Origin origin() {
        return origin;
    }

    public EventLimiter limiter() {
        return limiter;
    }

    /** Where the connection's events wait to be handled, one at a time, in order. */
    SerialLane inbound() {
        return inbound;
    }

    public boolean isAuthenticated() {
        return profile != null;
    }

    /** The signed-in user; null before authentication. */
    public UserProfile profile() {
        return profile;
    }

    public String userId() {
        UserProfile current = profile;
        return current == null ? null : current.id();
    }

    public UserSummary user() {
        UserProfile current = profile;
        return new UserSummary(current.id(), current.username(), current.firstName(), current.lastName(),
                current.avatar());
    }

    /** The signed-in caller acting through this connection. */
    public Caller caller() {
        return caller;
    }

    /**
     * The server has decided to close the connection for abuse: from now on none of its events is
     * handled, neither those still waiting on its lane nor those still arriving.
     */
    void refuseEvents() {
        refusingEvents = true;
    }

    boolean refusesEvents() {
        return refusingEvents;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    void signedIn(UserProfile signedInProfile, Caller signedInCaller) {
        this.profile = signedInProfile;
        this.caller = signedInCaller.onConnection(id());
    }

    void refreshCaller(Caller refreshed) {
        this.caller = refreshed.onConnection(id());
    }

    void authenticationDeadline(Future<?> deadline) {
        this.authenticationDeadline = deadline;
    }

    public boolean isSubscribedTo(String roomId) {
        return rooms.contains(roomId);
    }

    /** Records a subscription unless the connection is closed; false if closed or already subscribed. */
    synchronized boolean addRoom(String roomId) {
        return !closed && rooms.add(roomId);
    }

    synchronized boolean removeRoom(String roomId) {
        return rooms.remove(roomId);
    }

    /** Marks the connection closed and returns the rooms it was subscribed to. */
    List<String> close() {
        List<String> subscribed;
        synchronized (this) {
            closed = true;
            subscribed = List.copyOf(rooms);
        }
        cancelAuthenticationDeadline();
        return subscribed;
    }

    /** Signed in or closed: the authentication deadline no longer applies. */
    void cancelAuthenticationDeadline() {
        Future<?> deadline = authenticationDeadline;
        if (deadline != null) {
            deadline.cancel(false);
        }
    }
}
