package io.eventboard.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.RuntimeBeanDefinition;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Several server instances in one JVM, as separate nodes on the test database: each its own application context
 * and connection pool, all with the clock the test gives them. Their HTTP servers are not started, so their
 * background jobs never run by themselves: the test runs the jobs' work, on every node at the same moment with
 * {@link #atOnce}.
 */
public final class TestNodes implements AutoCloseable {

    private final List<ApplicationContext> contexts = new ArrayList<>();

    private TestNodes() {
    }

    /**
     * Starts {@code count} nodes with {@code settings} on top of {@link TestServer}'s, 4 connections each; every
     * node gets {@code beans} as extra singletons (a sender for a channel the tests do not configure, say).
     */
    public static TestNodes start(int count, Clock clock, Map<String, Object> settings, Object... beans) {
        Map<String, Object> properties = new HashMap<>(new TestServer() { }.getProperties());
        properties.put("datasources.default.maximum-pool-size", "4");
        properties.putAll(settings);
        TestNodes nodes = new TestNodes();
        try {
            for (int i = 0; i < count; i++) {
                ApplicationContext context = ApplicationContext.builder().properties(properties).build();
                context.registerBeanDefinition(RuntimeBeanDefinition.builder(Clock.class, () -> clock)
                        .singleton(true).replaces(Clock.class).build());
                for (Object bean : beans) {
                    context.registerBeanDefinition(RuntimeBeanDefinition.builder(bean).singleton(true).build());
                }
                nodes.contexts.add(context.start());
            }
        } catch (RuntimeException e) {
            nodes.close();
            throw e;
        }
        return nodes;
    }

    public int size() {
        return contexts.size();
    }

    public ApplicationContext node(int index) {
        return contexts.get(index);
    }

    /** The position of this node, from 0. */
    public int indexOf(ApplicationContext node) {
        return contexts.indexOf(node);
    }

    /** The bean of this type on the first node, for seeding: any node sees the same database. */
    public <T> T first(Class<T> type) {
        return contexts.get(0).getBean(type);
    }

    /**
     * Runs {@code work} on every node, each in its own thread, all released at the same moment; answers the
     * results in node order. A failure on any node fails the call.
     */
    public <R> List<R> atOnce(Function<ApplicationContext, R> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(contexts.size());
        try {
            List<Future<R>> runs = new ArrayList<>();
            for (ApplicationContext context : contexts) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return work.apply(context);
                }));
            }
            start.countDown();
            List<R> results = new ArrayList<>();
            for (Future<R> run : runs) {
                results.add(run.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        contexts.forEach(ApplicationContext::close);
        contexts.clear();
    }
}
