package com.arizon.chat.incontainer;

import com.arizon.chat.message.control.MessagePosted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only observer: records the messages announced after their transaction committed. */
@ApplicationScoped
public class RecordedEvents {

    private final List<MessagePosted> posted = new CopyOnWriteArrayList<>();

    void onPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted event) {
        posted.add(event);
    }

    public boolean announced(String content) {
        return posted.stream().anyMatch(event -> event.message().content().equals(content));
    }
}
