package cn.jianfu.common;

/** A 1-based page request, clamped to sane bounds so no request can ask for the whole table. */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static PageQuery of(Integer page, Integer size) {
        int p = page == null || page < 1 ? 1 : page;
        int s = size == null || size < 1 ? 20 : Math.min(size, MAX_SIZE);
        return new PageQuery(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public <T> PageResult<T> result(java.util.List<T> items, long total) {
        return new PageResult<>(items, total, page, size);
    }
}
