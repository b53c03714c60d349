package org.sendplan.portal.comments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.comments.CommentPosted;
import org.sendplan.portal.comments.CommentTarget;

class CommentBroadcasterTests {

    private static final CommentTarget PLAN = new CommentTarget("plan", UUID.randomUUID());
    private final CommentBroadcaster broadcaster = new CommentBroadcaster();

    @AfterEach
    void stop() {
        broadcaster.stop();
    }

    @Test
    void aPostReachesOnlyThreadsOpenOnTheSameTargetInTheSameTenant() throws InterruptedException {
        UUID warwickshire = UUID.randomUUID();
        UUID solihull = UUID.randomUUID();
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch delivered = new CountDownLatch(1);
        broadcaster.register(warwickshire, PLAN, posted -> {
            heard.add("warwickshire plan: " + posted.authorName());
            delivered.countDown();
        });
        broadcaster.register(solihull, PLAN, posted -> heard.add("solihull plan: " + posted.authorName()));
        broadcaster.register(
                warwickshire,
                new CommentTarget("action", UUID.randomUUID()),
                posted -> heard.add("warwickshire action"));

        broadcaster.posted(new CommentPosted(warwickshire, PLAN, UUID.randomUUID(), "Parveen Parent"));

        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        assertThat(heard).containsExactly("warwickshire plan: Parveen Parent");
    }

    @Test
    void aClosedThreadHearsNothingMore() throws InterruptedException {
        UUID tenant = UUID.randomUUID();
        List<String> heard = new CopyOnWriteArrayList<>();
        broadcaster
                .register(tenant, PLAN, posted -> heard.add(posted.authorName()))
                .remove();
        broadcaster.posted(new CommentPosted(tenant, PLAN, UUID.randomUUID(), "Anyone"));
        Thread.sleep(100);
        assertThat(heard).isEmpty();
    }
}
