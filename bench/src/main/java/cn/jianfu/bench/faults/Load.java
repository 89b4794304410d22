package cn.jianfu.bench.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A number of worker threads that each run one piece of work again and again until told to stop;
 * on {@link #stopAndDrain()} each finishes the write it has started (retrying it until it is
 * acknowledged or its retry time is up), so no write is left half-tried by the load itself.
 */
abstract class Load {

    private final String name;
    private final int workers;
    private final List<Thread> threads = new ArrayList<>();
    final AtomicBoolean running = new AtomicBoolean();
    final Attempts attempts = new Attempts();

    Load(String name, int workers) {
        this.name = name;
        this.workers = workers;
    }

    /** One unit of work (one portal submission, one admission chain), retried inside until done or given up. */
    abstract void once(int worker, int round);

    void start() {
        running.set(true);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread t = new Thread(
                    () -> {
                        for (int round = 0; running.get(); round++) {
                            once(worker, round);
                        }
                    },
                    name + "-" + w);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Stops starting new work and waits for the work under way to finish. */
    void stopAndDrain() {
        running.set(false);
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    Attempts attempts() {
        return attempts;
    }

    /**
     * Sends {@code call} until it is answered 2xx, or until {@code giveUpNanos} after the load was
     * stopped; a pause between tries, longer after a 503 (the app's Retry-After is 5 s, a browser
     * retries sooner). Answers the last answer.
     */
    Client.Answer retry(String what, java.util.function.Supplier<Client.Answer> call, long giveUpAfterStopNanos) {
        Long stoppedAt = null;
        while (true) {
            Client.Answer a = call.get();
            attempts.add(what, a);
            if (a.ok() || (a.status() >= 400 && a.status() < 500 && a.status() != 409 && a.status() != 429)) {
                return a;
            }
            if (!running.get() && stoppedAt == null) {
                stoppedAt = System.nanoTime();
            }
            if (stoppedAt != null && System.nanoTime() - stoppedAt > giveUpAfterStopNanos) {
                return a;
            }
            Pause.millis(a.status() == 503 ? 1000 : 300);
        }
    }
}
