package cn.jianfu.common;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** One page of a list: the rows, how many there are in all, and where this page stands. */
@Schema(description = "分页结果")
public record PageResult<T>(
        @Schema(description = "本页的记录") List<T> items,
        @Schema(description = "符合条件的记录总数") long total,
        @Schema(description = "页码，从 1 开始") int page,
        @Schema(description = "每页条数（1–100）") int size) {

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), total, page, size);
    }
}
