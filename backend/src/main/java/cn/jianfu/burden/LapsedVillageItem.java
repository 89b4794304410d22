package cn.jianfu.burden;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * An item that applied to a village and has left the list: withdrawn by its review, or expired
 * (its review did not finish by the end of its validity, or it was never reviewed). The village
 * may refuse it from {@code since}.
 */
@Schema(description = "曾适用于本村(社区)、已不在清单上的事项（已取消或已过期），村(社区)可以拒绝")
public record LapsedVillageItem(
        @Schema(description = "事项 id") long id,
        @Schema(description = "清单编号") String listNo,
        @Schema(description = "事项名称") String itemName,
        @Schema(description = "牵头部门") String leadOrgName,
        @Schema(description = "WITHDRAWN 经复评取消，EXPIRED 有效期届满未完成复评") String status,
        @Schema(description = "自此日起不在清单上（取消日期或有效期截止的次日）") LocalDate since) {

    static final String WITHDRAWN = "WITHDRAWN";
    static final String EXPIRED = "EXPIRED";

    /** From the entry's dates: a withdrawal date makes it withdrawn, else it expired the day after its expiry. */
    static LapsedVillageItem of(BurdenMapper.Lapsed row) {
        return row.withdrawnOn() != null
                ? new LapsedVillageItem(
                        row.id(), row.listNo(), row.itemName(), row.leadOrgName(), WITHDRAWN, row.withdrawnOn())
                : new LapsedVillageItem(
                        row.id(),
                        row.listNo(),
                        row.itemName(),
                        row.leadOrgName(),
                        EXPIRED,
                        row.expiryDate().plusDays(1));
    }
}
