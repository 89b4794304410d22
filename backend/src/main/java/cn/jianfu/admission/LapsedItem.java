package cn.jianfu.admission;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * An entry that matches the keyword but is no longer on the list: withdrawn by a review, or
 * expired without one. Villages may refuse it; the lookup says so with the date.
 */
@Schema(description = "已不在清单上的事项（已取消或已过期）")
public record LapsedItem(
        @Schema(description = "事项 id") long id,
        @Schema(description = "清单编号") String listNo,
        @Schema(description = "事项名称") String itemName,
        @Schema(description = "牵头部门") String leadOrgName,
        @Schema(description = "WITHDRAWN 已取消，EXPIRED 已过期") String status,
        @Schema(description = "自此日起不在清单上（取消日期或有效期截止的次日）") LocalDate since) {}
