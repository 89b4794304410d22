package cn.jianfu.admission;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

@Schema(description = "加签人及其意见")
public record CoSigner(
        @Schema(description = "加签人用户名") String username,
        @Schema(description = "加签人姓名") String displayName,
        @Schema(description = "加签人所属机构") String orgName,
        @Schema(description = "意见：AGREE 同意，OBJECT 不同意；尚未表态为空") CoSignDecision decision,
        @Schema(description = "意见说明") String comment,
        @Schema(description = "表态时间" + AdmissionDocs.TIME + "；尚未表态为空") LocalDateTime decidedAt) {

    static CoSigner of(CoSignerRow r) {
        return new CoSigner(r.signerUsername, r.signerName, r.signerOrgName, r.decision, r.comment, r.decidedAt);
    }
}
