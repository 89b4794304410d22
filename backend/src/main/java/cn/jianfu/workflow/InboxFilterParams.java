package cn.jianfu.workflow;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The inbox filters as the query string carries them, unchecked: every value is read as text so
 * that a bad one is answered with a 400 naming its field ({@link InboxFilters#parse}).
 */
record InboxFilterParams(
        @Parameter(
                        description =
                                "流程：admission 准入申请，clue 问题线索，list-review 清单复评，special-topic 专项治理；可选值见 GET /api/inbox/filters")
                String chain,
        @Parameter(description = "环节编码（任务定义 key），如 Task_Verify；须是所选流程的环节，未选流程时为任一流程的环节") String step,
        @Parameter(description = "办理期限：OVERDUE 已超期；DUE_SOON 未超期且 dueDays 天内到期；NO_DUE_DATE 没有期限。已办列表不按期限筛选") String due,
        @Parameter(description = "与 due=DUE_SOON 同用：多少天内到期，1 到 365 的整数，默认 3") String dueDays,
        @Parameter(description = "任务所针对的单位（机构 id）：线索的核查、整改和验收环节为交办单位，线索的其他环节为被反映单位，准入申请为申请单位，复评和专项治理为牵头单位")
                String unitId,
        @Parameter(description = "排序：CREATED 按到达时间从新到旧（默认）；DUE 按办理期限从早到晚，没有期限的排在最后。已办列表总按办理时间排序") String sort) {}
