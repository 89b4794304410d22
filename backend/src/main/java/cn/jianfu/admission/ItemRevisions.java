package cn.jianfu.admission;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.search.SearchIndex;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the list's two-year review (动态调整) does to an entry: keep it for a new period, change it
 * (the earlier text stays as a version in the entry's history), or withdraw it (its validity ends
 * the day before, and it shows as 已取消 from the withdrawal date). Each change tells the search
 * index.
 */
@Service
public class ItemRevisions {

    private final AdmissionItemMapper items;
    private final SearchIndex index;

    ItemRevisions(AdmissionItemMapper items, SearchIndex index) {
        this.items = items;
        this.index = index;
    }

    /** The changed text of an entry; null fields stay as they are. */
    public record Changes(String itemName, String content, String performanceStandard, BigDecimal hoursPerMonth) {}

    /** Kept: a new period of {@value AdmissionListService#VALID_YEARS} years from the end of the current one. */
    @Transactional
    public LocalDate keep(long itemId) {
        AdmissionItem item = require(itemId);
        LocalDate until = newPeriodEnd(item);
        items.extend(itemId, until);
        return until;
    }

    /** Changed: the current text becomes version N, the entry carries version N + 1 and a new period. */
    @Transactional
    public int change(long itemId, Changes changes, long reviewId) {
        AdmissionItem item = require(itemId);
        LocalDate today = Clock.now().toLocalDate();
        items.insertVersion(itemId, today, reviewId);
        items.revise(
                itemId,
                changes.itemName(),
                changes.content(),
                changes.performanceStandard(),
                changes.hoursPerMonth(),
                today,
                newPeriodEnd(item));
        index.markChanged();
        return items.versionOf(itemId).orElseThrow();
    }

    /** Withdrawn from today: no longer in force, so villages may refuse it. */
    @Transactional
    public void withdraw(long itemId) {
        require(itemId);
        LocalDate today = Clock.now().toLocalDate();
        items.withdraw(itemId, today, today.minusDays(1));
        index.markChanged();
    }

    /** The entry's earlier versions, newest first, and its withdrawal date if withdrawn. */
    public ItemHistory history(long itemId) {
        require(itemId);
        return new ItemHistory(
                items.versionOf(itemId).orElse(1), items.withdrawnOn(itemId).orElse(null), items.versions(itemId));
    }

    private AdmissionItem require(long itemId) {
        return items.findById(itemId).orElseThrow(() -> ApiException.notFound("准入事项不存在"));
    }

    private static LocalDate newPeriodEnd(AdmissionItem item) {
        LocalDate today = Clock.now().toLocalDate();
        LocalDate from = item.expiryDate().isBefore(today) ? today : item.expiryDate();
        return from.plusYears(AdmissionListService.VALID_YEARS);
    }
}
