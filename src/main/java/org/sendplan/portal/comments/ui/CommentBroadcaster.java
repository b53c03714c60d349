package org.sendplan.portal.comments.ui;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.sendplan.portal.comments.CommentPosted;
import org.sendplan.portal.comments.CommentTarget;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the threads open on a target, in one tenant and this JVM, that a comment was posted there. The tenant
 * is part of the key, so a post never reaches another council's screens. Listeners run on their own threads:
 * each then takes its own UI's lock, never while the poster's session is locked (see ADR 0010).
 */
@Component
public class CommentBroadcaster {

    record Channel(UUID tenantId, CommentTarget target) {}

    private final Map<Channel, List<Consumer<CommentPosted>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    Registration register(UUID tenantId, CommentTarget target, Consumer<CommentPosted> listener) {
        Channel channel = new Channel(tenantId, target);
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(channel, (c, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }

    /** After the comment is committed, so a thread that reloads it finds it. */
    @TransactionalEventListener
    void posted(CommentPosted event) {
        listeners
                .getOrDefault(new Channel(event.tenantId(), event.target()), List.of())
                .forEach(listener -> delivery.execute(() -> listener.accept(event)));
    }
}
