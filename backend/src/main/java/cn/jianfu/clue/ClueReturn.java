package cn.jianfu.clue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** One return (退单) of a clue by an assigned unit, with the office's answer once given. */
@Schema(description = "退单记录")
public record ClueReturn(
        long id,
        @Schema(description = "退单的承办单位记录 id") long unitId,
        @Schema(description = "退单单位") long orgId,
        String orgName,
        @Schema(description = "退单理由") String reason,
        @Schema(description = "退单人用户名") String returnedBy,
        @Schema(description = "退单人姓名（显示用）") String returnedByName,
        LocalDateTime returnedAt,
        @Schema(description = "减负办的处理：REASSIGN 重新交办，CONTINUE 由其余单位继续办理；未处理时为空") ReassignDecision decision,
        @Schema(description = "重新交办后的承办单位记录 id") Long reassignedUnitId,
        @Schema(description = "处理人用户名；未处理时为空") String decidedBy,
        @Schema(description = "处理人姓名（显示用）；未处理时为空") String decidedByName,
        LocalDateTime decidedAt) {}
