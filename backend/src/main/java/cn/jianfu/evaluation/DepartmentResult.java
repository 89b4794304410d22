package cn.jianfu.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * One department's results. Below the anonymity threshold only its id, name and {@code shown=false}
 * go out: no count, no score, no comment (the fields are absent, not empty).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "一个部门的评价结果；评价人数不足时只有部门和“评价人数不足，暂不显示”，不含人数、得分和意见")
public record DepartmentResult(
        @Schema(description = "部门 id") long departmentId,
        @Schema(description = "部门名称") String departmentName,
        @Schema(description = "是否显示结果：评价人数达到匿名门槛时为 true") boolean shown,
        @Schema(description = "不显示时的说明") String note,
        @Schema(description = "评价人数（仅在达到门槛时）") Long raters,
        @Schema(description = "综合得分（各维度全部得分的平均，1–5，保留两位小数）") BigDecimal overall,
        @Schema(description = "上一轮综合得分（上一轮也达到门槛时）") BigDecimal previousOverall,
        @Schema(description = "较上一轮的变化") BigDecimal overallChange,
        @Schema(description = "名次（减负办和县领导可见）") Integer rank,
        @Schema(description = "各维度得分") List<DimensionResult> dimensions,
        @Schema(description = "经审核通过的意见（不含评价人）") List<String> comments) {

    static final String TOO_FEW = "评价人数不足，暂不显示";

    static DepartmentResult hidden(long id, String name) {
        return new DepartmentResult(id, name, false, TOO_FEW, null, null, null, null, null, null, null);
    }

    DepartmentResult withRank(Integer r) {
        return new DepartmentResult(
                departmentId,
                departmentName,
                shown,
                note,
                raters,
                overall,
                previousOverall,
                overallChange,
                r,
                dimensions,
                comments);
    }

    /** One dimension's average, with the previous round's when it met the threshold too. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "一个维度的得分")
    public record DimensionResult(
            @Schema(description = "维度代码") EvaluationDimension dimension,
            @Schema(description = "维度名称") String label,
            @Schema(description = "平均分（1–5，保留两位小数）") BigDecimal average,
            @Schema(description = "上一轮平均分") BigDecimal previous,
            @Schema(description = "较上一轮的变化") BigDecimal change) {}
}
