package cn.jianfu.bench.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reconciliation found: acknowledged writes checked, and how many were lost (acknowledged but
 * not in the database, or not in the state the answer promised), duplicated (stored twice, or two
 * records sharing a number) or inconsistent (stored but contradicting itself or the engine: a clue
 * without its process, an approved application without its list entry, a write stored although
 * every request for it failed). The first few problems are kept as examples.
 */
final class Counts {

    private static final int EXAMPLES = 8;

    int acknowledged;
    int lost;
    int duplicated;
    int inconsistent;
    final List<String> examples = new ArrayList<>();

    void lost(String what) {
        lost++;
        example("lost: " + what);
    }

    void duplicated(String what, int extra) {
        duplicated += extra;
        example("duplicated: " + what);
    }

    void inconsistent(String what) {
        inconsistent++;
        example("inconsistent: " + what);
    }

    void add(Counts other) {
        acknowledged += other.acknowledged;
        lost += other.lost;
        duplicated += other.duplicated;
        inconsistent += other.inconsistent;
        other.examples.forEach(this::example);
    }

    boolean clean() {
        return lost == 0 && duplicated == 0 && inconsistent == 0;
    }

    private void example(String text) {
        if (examples.size() < EXAMPLES) {
            examples.add(text);
        }
    }
}
