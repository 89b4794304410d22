package cn.jianfu.clue;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.ProcessDiagrams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff side of the clue chain: the lists, the clue page, clues the office records, files and
 * typical cases (the steps of the process are in {@link ClueTaskController}).
 */
@RestController
@RequestMapping("/api/clues")
@Tag(name = "问题线索", description = "工作人员一侧的问题线索：线索列表与详情、减负办登记线索、疑似重复线索、附件、典型问题通报和流程图。流程各环节的办理见“线索办理”，反映人一侧见“线索反映（公开）”。")
class ClueController {

    private static final String ID = "线索 id";

    private final ClueIntake intake;
    private final ClueTriage triage;
    private final TypicalCases typicalCases;
    private final ClueAttachments attachments;
    private final ClueQueries queries;
    private final ProcessDiagrams diagrams;
    private final ClueNudges nudges;

    ClueController(
            ClueIntake intake,
            ClueTriage triage,
            TypicalCases typicalCases,
            ClueAttachments attachments,
            ClueQueries queries,
            ProcessDiagrams diagrams,
            ClueNudges nudges) {
        this.nudges = nudges;
        this.intake = intake;
        this.triage = triage;
        this.typicalCases = typicalCases;
        this.attachments = attachments;
        this.queries = queries;
        this.diagrams = diagrams;
    }

    @Schema(description = "典型问题通报设置")
    record Typical(
            @Schema(description = "true 作为典型问题公开通报；false 撤回通报，必填", requiredMode = Schema.RequiredMode.REQUIRED)
                    @NotNull(message = "请说明是发布还是撤回")
                    Boolean typical,
            @Schema(description = "通报内容（公开显示），通报时必填，最多2000个字，不得包含反映人的姓名或联系电话；去掉首尾空白后保存，" + "须与预览确认的内容完全一致。撤回时不需要")
                    String summary,
            @Schema(
                            description = "通报时必填：预览（POST /api/clues/{id}/typical/preview）对同一通报内容返回的 digest（确认码）。"
                                    + "缺少或与本次通报内容不符时 400（字段 summary），什么也不改。撤回时不需要")
                    String confirmedDigest) {}

    @Schema(description = "典型问题通报预览")
    record TypicalDraft(@Schema(description = "拟公开的通报内容，必填，最多2000个字，不得包含反映人的姓名或联系电话") String summary) {}

    @GetMapping
    @Operation(
            summary = "线索列表",
            description = "任何已登录用户。scope=unit（默认）列出交办给本单位的线索；scope=township 列出交办给本乡镇及其下属村(社区)的线索，"
                    + "仅乡镇(街道)用户可用；scope=all 列出全部线索，仅减负办、核查人员、系统管理员和县委县政府领导（办公室的审批人）可用，其他人 403。"
                    + "收到日期自晚于至时 400。可按状态、类别、来源、是否典型、是否有未反馈的督办、收到日期和关键字筛选，分页。列表不含反映人信息。")
    PageResult<ClueSummary> list(
            @Parameter(description = "范围：unit 交办给本单位的线索（默认，其他值同 unit）；township 本乡镇及下属村(社区)的；all 全部线索")
                    @RequestParam(defaultValue = "unit")
                    String scope,
            @Parameter(description = "按线索状态筛选") @RequestParam(required = false) ClueStatus status,
            @Parameter(description = "按问题类别筛选") @RequestParam(required = false) ClueCategory category,
            @Parameter(description = "按线索来源筛选") @RequestParam(required = false) ClueSource source,
            @Parameter(description = "关键字：与线索编号完全相同，或包含在问题描述、地点中") @RequestParam(required = false) String keyword,
            @Parameter(description = "收到日期自（含当天），yyyy-MM-dd")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "收到日期至（含当天），yyyy-MM-dd")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "true 只列典型问题通报的线索，false 只列未通报的；不填不限") @RequestParam(required = false)
                    Boolean typical,
            @Parameter(description = "只列交办给该单位（机构 id）的线索（驾驶舱下钻）。本单位、乡镇的下属村(社区)、或可查看全部线索的人可用，否则 403")
                    @RequestParam(required = false)
                    Long unitOrgId,
            @Parameter(description = "只列交办给该乡镇（机构 id）或其下属村(社区)的线索（驾驶舱下钻，scope=all 时）") @RequestParam(required = false)
                    Long townshipId,
            @Parameter(
                            description = "驾驶舱某个数字背后的线索，口径同驾驶舱：ASSIGNED 交办，RESPONSE_DUE 应响应，RESPONDED_ON_TIME 按时响应，"
                                    + "SUBSTANTIATED 属实，RESOLVED 整改验收通过，FINISHED 办理完毕，ON_TIME 按期办理，ACCEPTED 受理，CLOSED 办结，"
                                    + "RATED 已评价，SATISFIED 满意。前七项按单位的交办记录判断（有 unitOrgId 时为该单位的）")
                    @RequestParam(required = false)
                    ClueBucket bucket,
            @Parameter(description = "true 只列有未反馈督办的线索（有单位或乡镇范围时，只算督办该单位或该乡镇及其下属村(社区)的）；不填或 false 不限")
                    @RequestParam(required = false)
                    Boolean supervised,
            @Parameter(description = "页码，从 1 开始，默认 1") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数，默认 20，最大 100") @RequestParam(required = false) Integer size) {
        return queries.search(
                new ClueQueries.Filter(
                        scope,
                        status,
                        category,
                        source,
                        keyword,
                        from,
                        to,
                        typical,
                        unitOrgId,
                        townshipId,
                        bucket,
                        supervised),
                PageQuery.of(page, size),
                CurrentUser.get());
    }

    /** A clue the office took by phone, from the mailbox or found in an inspection. */
    @PostMapping
    @PreAuthorize("hasRole('OFFICE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "登记线索",
            description = "仅减负办（OFFICE）。登记从热线电话、意见信箱或督查检查收到的线索：source 须为 HOTLINE、MAILBOX 或 "
                    + "INSPECTION，否则 400。须选问题类别、选择或填写被反映单位、问题描述10至4000个字；实名时至少填姓名或联系电话，"
                    + "匿名时不保存姓名和电话。登记后进入快速分办。")
    @ApiResponse(responseCode = "201", description = "线索编号和查询码；查询码只在此时返回一次")
    ClueReceipt record(@Valid @RequestBody ClueForm form) {
        return intake.record(form, CurrentUser.get());
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "线索详情",
            description = "减负办、核查人员和系统管理员可看全部线索，其他用户只能看交办给本单位的线索，否则 404，不透露线索是否存在。"
                    + "反映人信息（reporter）只返回给减负办和核查人员，其他人的回答中没有该字段。")
    ClueDetail get(@Parameter(description = ID) @PathVariable long id) {
        return queries.get(id, CurrentUser.get());
    }

    @GetMapping("/{id}/progress")
    @Operation(
            summary = "线索流程进度",
            description = "查看权限同线索详情。返回流程图节点 id：activeActivityIds 为当前所在节点，completedActivityIds 为已走过的节点。")
    Map<String, List<String>> progress(@Parameter(description = ID) @PathVariable long id) {
        return queries.progress(id, CurrentUser.get());
    }

    @GetMapping("/{id}/duplicates")
    @PreAuthorize("hasAnyRole('OFFICE', 'VERIFIER')")
    @Operation(
            summary = "疑似重复线索",
            description = "仅减负办和核查人员，用于快速分办时判断是否合并。在该线索收到前一年以来收到、未被不予受理或合并的其他线索中，"
                    + "找出问题描述相近的（被反映单位相同时相似度略加），相似度不低于0.35，从高到低最多5条。线索不存在 404。")
    List<DuplicateSuggestion> duplicates(@Parameter(description = ID) @PathVariable long id) {
        return triage.duplicates(id, CurrentUser.get());
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "上传线索附件",
            description = "能查看该线索的已登录用户（同线索详情，否则 404）；线索已不予受理、已合并或已办结时 409。只收 PDF、PNG/JPG、"
                    + "Word、Excel，按内容识别且须与扩展名一致，否则 415；单个文件不超过10MB、每条线索附件合计不超过30MB（默认），"
                    + "否则 413；每条线索最多20个附件，否则 400。")
    @ApiResponse(responseCode = "201", description = "已保存的附件")
    Attachment upload(
            @Parameter(description = ID) @PathVariable long id,
            @Parameter(description = "要上传的文件（multipart 字段 file）") @RequestPart("file") MultipartFile file) {
        return attachments.addByStaff(id, file, CurrentUser.get());
    }

    @PostMapping("/{id}/typical/preview")
    @PreAuthorize("hasRole('OFFICE')")
    @Operation(
            summary = "预览典型问题通报",
            description = "仅减负办。返回公众将在典型问题通报页看到的内容（线索编号、问题类别、通报内容、办结时间）和确认码 digest，"
                    + "不保存任何内容。检查同发布：线索未办结时 409，不存在时 404；通报内容为空、超过2000个字或包含反映人的姓名或"
                    + "联系电话时 400（字段 summary）。确认无误后，以同一通报内容和该 digest 调用 POST /api/clues/{id}/typical 发布。")
    TypicalPreview previewTypical(@Parameter(description = ID) @PathVariable long id, @RequestBody TypicalDraft body) {
        return typicalCases.preview(id, body.summary(), CurrentUser.get());
    }

    @PostMapping("/{id}/typical")
    @PreAuthorize("hasRole('OFFICE')")
    @Operation(
            summary = "设置典型问题通报",
            description = "仅减负办。把已办结的线索作为典型问题公开通报，或撤回通报。通报须先预览：请求带上预览时的通报内容和预览返回的 "
                    + "digest（confirmedDigest），公开的就是预览确认的内容；缺少 confirmedDigest 或与通报内容不符、通报内容为空、"
                    + "超过2000个字或包含反映人的姓名或联系电话时 400（字段 summary），什么也不改。撤回不需要通报内容和确认码。"
                    + "线索未办结时 409，不存在时 404。")
    ClueDetail typical(@Parameter(description = ID) @PathVariable long id, @Valid @RequestBody Typical body) {
        return typicalCases.flag(id, body.typical(), body.summary(), body.confirmedDigest(), CurrentUser.get());
    }

    @PostMapping("/{id}/nudge")
    @PreAuthorize("hasRole('OFFICE')")
    @Operation(
            summary = "催办",
            description = "仅减负办。提醒正在核查或整改该线索的承办单位（已签收的提醒签收人，未签收的提醒该环节的全部办理人），记入办理记录。"
                    + "每条线索每天只能催办一次，今天已催办过、线索没有核查或整改中的环节时 409，不存在时 404。无请求体。")
    ClueDetail nudge(@Parameter(description = ID) @PathVariable long id) {
        return nudges.nudge(id, CurrentUser.get());
    }

    /** The process model; the same as {@code /api/processes/clue/diagram}, kept for the current UI. */
    @GetMapping(path = "/process-diagram", produces = ProcessDiagrams.XML)
    @Operation(
            summary = "线索流程图（BPMN XML）",
            description = "任何已登录用户。线索流程最新版本的 BPMN 2.0 XML，与 GET /api/processes/clue/diagram 相同，为现有页面保留。")
    String diagram() {
        return diagrams.xml(ClueProcess.KEY, CurrentUser.get());
    }
}
