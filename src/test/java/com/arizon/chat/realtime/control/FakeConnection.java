package com.arizon.chat.realtime.control;

import java.util.ArrayList;
import java.util.List;

/** A connection that records what is sent to it and how it is closed. */
final class FakeConnection implements Connection {

    private final String id;
    final List<String> sent = new ArrayList<>();
    final List<CloseCause> closes = new ArrayList<>();

    FakeConnection(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean send(OutboundEvent event) {
        sent.add(event.name() + " " + event.dataJson());
        return true;
    }

    @Override
    public void close(CloseCause cause, String reason) {
        closes.add(cause);
    }

    @Override
    public Transport transport() {
        return Transport.NATIVE;
    }

    @Override
    public int outboundQueued() {
        return 0;
    }

    @Override
    public CloseCause closeCause() {
        return closes.isEmpty() ? null : closes.get(0);
    }
}
