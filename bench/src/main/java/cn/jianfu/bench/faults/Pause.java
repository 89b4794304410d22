package cn.jianfu.bench.faults;

import cn.jianfu.bench.BenchFailure;

/** Thread.sleep without the checked exception: an interrupt ends the run. */
final class Pause {

    private Pause() {}

    static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }

    static void seconds(double seconds) {
        millis(Math.round(seconds * 1000));
    }
}
