package cn.jianfu.bench.chain;

import java.util.List;

/** One of the two applications the chain benchmark compares: how it runs chain {@code i}. */
interface Side {

    /** "Jianfu" or "peer". */
    String name();

    /** The steps it times, in order. */
    List<String> steps();

    /** Runs admission chain {@code i} from application to approval, recording each step's time. */
    void chain(int i, StepTimes times);

    /** The operating system's id of its process. */
    long pid();

    /** How many 503 answers (no database connection in time, nothing saved) were retried so far. */
    long refusals();

    /** Fails unless exactly {@code expected} chains it ran have ended admitted. */
    void checkAdmitted(long expected);
}
