package cn.jianfu.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the rows, how many there are in all, and where this page stands. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), total, page, size);
    }
}
