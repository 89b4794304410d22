package cn.jianfu.bench.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * One scenario's line in the table: the reconciliation's counts, the answers that broke a time
 * promise (a request slower than the app's own limits, or anything but a quick 503 while the
 * database was down), the recovery figures, and notes.
 */
final class Outcome {

    final String id;
    final String title;
    final Counts counts = new Counts();
    int badAnswers;
    final List<String> recovery = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    String error;

    Outcome(String id, String title) {
        this.id = id;
        this.title = title;
    }

    boolean clean() {
        return error == null && counts.clean() && badAnswers == 0;
    }
}
