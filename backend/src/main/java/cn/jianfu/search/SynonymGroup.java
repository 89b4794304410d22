package cn.jianfu.search;

import java.time.LocalDateTime;
import java.util.List;

/** Words the search treats as one (打卡/签到): a query for any of them finds texts with any other. */
public record SynonymGroup(long id, List<String> terms, LocalDateTime createdAt, LocalDateTime updatedAt) {}
