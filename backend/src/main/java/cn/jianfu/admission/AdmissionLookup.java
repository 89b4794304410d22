package cn.jianfu.admission;

import java.util.List;

/**
 * The public lookup's answer: one page of entries in force matching the keyword, best first, in
 * the usual page shape. When a keyword matched nothing, {@code noMatch} is true, {@code items} is
 * empty and {@code nearest} holds the closest entries in force (sharing some words), so the page
 * can say plainly that the task is not on the list before offering refusal.
 */
public record AdmissionLookup(
        List<ItemHit> items, long total, int page, int size, boolean noMatch, List<ItemHit> nearest) {}
