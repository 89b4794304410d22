package cn.jianfu.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** A round's results as the viewer may see them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "一轮评价的结果：部门只看到本部门，减负办、系统管理员和县领导看到全部及排名")
public record RoundResults(
        @Schema(description = "评价轮次") Round round,
        @Schema(description = "匿名门槛：至少这么多人评价的部门才显示结果") int minRaters,
        @Schema(description = "参加本轮评价的人数（减负办、系统管理员和县领导可见）") Long raters,
        @Schema(description = "各部门结果") List<DepartmentResult> departments,
        @Schema(description = "排名：只含达到门槛的部门，综合得分高的在前（减负办、系统管理员和县领导可见）") List<Ranked> ranking) {

    @Schema(description = "排名中的一个部门")
    public record Ranked(
            @Schema(description = "名次（得分相同名次相同）") int rank,
            @Schema(description = "部门 id") long departmentId,
            @Schema(description = "部门名称") String departmentName,
            @Schema(description = "综合得分") BigDecimal overall) {}
}
