package cn.jianfu.admission;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The public lookup's answer: one page of entries in force matching the keyword, best first, in
 * the usual page shape. When a keyword matched nothing, {@code noMatch} is true, {@code items} is
 * empty and {@code nearest} holds the closest entries in force (sharing some words), so the page
 * can say plainly that the task is not on the list before offering refusal. Entries that match but
 * have been withdrawn or have expired are in {@code lapsed}, with the date since when.
 */
public record AdmissionLookup(
        List<ItemHit> items,
        long total,
        int page,
        int size,
        boolean noMatch,
        List<ItemHit> nearest,
        @Schema(description = "与关键词匹配、但已取消或已过期的事项（村(社区)可以拒绝），最多5条") List<LapsedItem> lapsed) {

    public AdmissionLookup {
        lapsed = lapsed == null ? List.of() : List.copyOf(lapsed);
    }
}
