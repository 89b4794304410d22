package cn.jianfu.evaluation;

import cn.jianfu.common.ExcelTable;
import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/evaluation")
@Tag(
        name = "基层评机关",
        description = "减负办开启评价轮次（选择维度和被评价的县级部门），乡镇(街道)和村(社区)干部对每个部门每个维度打1–5分并可留意见，每人对每个部门只能评价一次。"
                + "结果只在评价人数达到匿名门槛（jianfu.evaluation.min-raters，默认3人）时显示，否则只说“评价人数不足，暂不显示”，不给人数、得分和意见；"
                + "任何人（除评价人本人外）都看不到谁评了什么。部门在本轮结束后看到本部门结果，减负办、系统管理员和县领导看到全部和排名；意见经减负办审核通过后才展示。")
class EvaluationController {

    private final EvaluationRounds rounds;
    private final Ratings ratings;
    private final CommentScreening screening;
    private final EvaluationResults results;
    private final ResultsExport export;

    EvaluationController(
            EvaluationRounds rounds,
            Ratings ratings,
            CommentScreening screening,
            EvaluationResults results,
            ResultsExport export) {
        this.rounds = rounds;
        this.ratings = ratings;
        this.screening = screening;
        this.results = results;
        this.export = export;
    }

    @GetMapping("/dimensions")
    @Operation(summary = "默认评价维度", description = "开启评价时从中选择。")
    List<Round.Dimension> dimensions() {
        return Arrays.stream(EvaluationDimension.values())
                .map(Round.Dimension::of)
                .toList();
    }

    @GetMapping("/rounds")
    @Operation(summary = "评价轮次列表", description = "新开的在前。部门只看到评价本部门的轮次。")
    List<Round> rounds() {
        return rounds.list(CurrentUser.get());
    }

    @PostMapping("/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开启评价", description = "减负办和系统管理员；选择维度（至少一个）、被评价的县级部门（至少一个）、评价期间和截止时间。记入操作记录。")
    Round open(@Valid @RequestBody RoundForm form) {
        return rounds.open(form, CurrentUser.get());
    }

    @GetMapping("/rounds/{id}")
    @Operation(summary = "评价轮次详情")
    Round round(@PathVariable long id) {
        return rounds.get(id, CurrentUser.get());
    }

    @PostMapping("/rounds/{id}/close")
    @Operation(summary = "结束评价", description = "减负办和系统管理员；已结束的 409。结束后部门可以看到本部门结果。记入操作记录。")
    Round close(@PathVariable long id) {
        return rounds.close(id, CurrentUser.get());
    }

    @GetMapping("/my-rounds")
    @Operation(summary = "我可以参加的评价", description = "乡镇(街道)和村(社区)干部：正在接受评价的轮次，以及本人对各部门的评价（只有本人可见）。")
    List<MyRound> myRounds() {
        return ratings.mine(CurrentUser.get());
    }

    @PostMapping("/rounds/{id}/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "评价一个部门",
            description = "乡镇(街道)和村(社区)干部，在评价开始后、截止前；本轮每个维度打1–5分，意见可不填（最多1000字）。同一人对同一部门再次提交 409。")
    MyRound.MyDepartment rate(@PathVariable long id, @Valid @RequestBody RatingForm form) {
        return ratings.rate(id, form, CurrentUser.get());
    }

    @GetMapping("/rounds/{id}/results")
    @Operation(
            summary = "评价结果",
            description = "各部门各维度平均分、综合得分、较上一轮变化、审核通过的意见；评价人数不足门槛的部门只有“评价人数不足，暂不显示”。"
                    + "部门在本轮结束后只看到本部门（进行中 409）；减负办、系统管理员和县领导看到全部、排名和参评人数。")
    RoundResults results(@PathVariable long id) {
        return results.of(id, CurrentUser.get());
    }

    @GetMapping("/rounds/{id}/results/export")
    @Operation(summary = "导出评价结果（Excel）", description = "权限和内容同评价结果；返回 xlsx 文件。")
    ResponseEntity<byte[]> exportResults(@PathVariable long id) {
        ResultsExport.Workbook book = export.export(id, CurrentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ExcelTable.CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(book.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(book.body());
    }

    @GetMapping("/rounds/{id}/comments")
    @Operation(summary = "评价意见审核列表", description = "减负办和系统管理员；不含评价人。status 不填为全部。")
    List<ScreenedComment> comments(
            @PathVariable long id,
            @Parameter(description = "PENDING 待审核、APPROVED 已通过或 REJECTED 未通过") @RequestParam(required = false)
                    CommentStatus status) {
        return screening.list(id, status, CurrentUser.get());
    }

    @PostMapping("/comments/{id}/screen")
    @Operation(summary = "审核评价意见", description = "减负办和系统管理员；通过的意见在部门达到匿名门槛时向部门展示。已审核的 409。记入操作记录。")
    ScreenedComment screen(@PathVariable long id, @RequestBody ScreenForm form) {
        return screening.screen(id, form.decision(), CurrentUser.get());
    }
}
