package cn.jianfu.bench;

/** Something went wrong (not something was slow): the benchmark exits non-zero. */
public class BenchFailure extends RuntimeException {

    public BenchFailure(String message) {
        super(message);
    }

    public BenchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
