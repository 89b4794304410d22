package cn.jianfu.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A round as everyone who may see it sees it. */
@Schema(description = "一轮基层评价")
public record Round(
        @Schema(description = "评价轮次 id") long id,
        @Schema(description = "名称") String name,
        @Schema(description = "评价期间开始日期") LocalDate periodFrom,
        @Schema(description = "评价期间结束日期") LocalDate periodTo,
        @Schema(description = "开始接受评价的时间") LocalDateTime opensAt,
        @Schema(description = "截止时间") LocalDateTime closesAt,
        @Schema(description = "状态：OPEN 进行中，CLOSED 已结束") RoundStatus status,
        @Schema(description = "开启人") String createdName,
        @Schema(description = "结束时间；进行中为空") LocalDateTime closedAt,
        @Schema(description = "评价维度") List<Dimension> dimensions,
        @Schema(description = "被评价的部门") List<Department> departments) {

    @Schema(description = "维度")
    public record Dimension(
            @Schema(description = "维度代码") EvaluationDimension code, @Schema(description = "维度名称") String label) {

        static Dimension of(EvaluationDimension d) {
            return new Dimension(d, d.label());
        }
    }

    @Schema(description = "部门")
    public record Department(@Schema(description = "部门 id") long id, @Schema(description = "部门名称") String name) {}

    @Schema(description = "状态名称")
    @JsonProperty("statusLabel")
    public String statusLabel() {
        return status.label();
    }
}
