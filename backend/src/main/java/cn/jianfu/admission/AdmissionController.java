package cn.jianfu.admission;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.burden.ProjectedLoad;
import cn.jianfu.common.MaxChars;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.common.TextLimits;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.ProcessDiagrams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An application's life on the applicant's side, and the application pages (decisions: {@link AdmissionTaskController}). */
@RestController
@RequestMapping("/api/admission")
@Tag(name = "准入申请", description = "县级部门经办人起草、修改、提交、撤回村(社区)工作事务准入申请并上传佐证材料；查看申请、流程进度与流程图。审核与审批的决定见“准入审核审批”。")
class AdmissionController {

    private static final String ID = "申请 id";

    private final ApplicationDrafts drafts;
    private final Submissions submissions;
    private final ApplicationAttachments attachments;
    private final AdmissionQueries queries;
    private final ProcessDiagrams diagrams;
    private final ApplicationBurden burden;
    private final ApplicationNudges nudges;

    AdmissionController(
            ApplicationDrafts drafts,
            Submissions submissions,
            ApplicationAttachments attachments,
            AdmissionQueries queries,
            ProcessDiagrams diagrams,
            ApplicationBurden burden,
            ApplicationNudges nudges) {
        this.burden = burden;
        this.nudges = nudges;
        this.drafts = drafts;
        this.submissions = submissions;
        this.attachments = attachments;
        this.queries = queries;
        this.diagrams = diagrams;
    }

    @Schema(description = "撤回申请")
    record Withdrawal(
            @Schema(description = "撤回原因，可不填，最多2000个字")
                    @MaxChars(value = TextLimits.DECISION_COMMENT, message = "撤回原因不能超过{value}个字")
                    String reason) {}

    @GetMapping("/applications")
    @Operation(
            summary = "申请列表",
            description = "任何已登录用户。scope=mine（默认）列出本单位提交的申请（含草稿）；scope=all 列出除草稿外的全部申请，"
                    + "仅审核人、审批人、减负办和系统管理员可用，其他人 403。可按状态和事项名称关键字筛选，分页。")
    PageResult<ApplicationSummary> list(
            @Parameter(description = "范围：mine 本单位的申请（默认，其他值同 mine）；all 全部已提交的申请") @RequestParam(defaultValue = "mine")
                    String scope,
            @Parameter(description = "按申请状态筛选") @RequestParam(required = false) ApplicationStatus status,
            @Parameter(description = "事项名称包含的文字") @RequestParam(required = false) String keyword,
            @Parameter(description = "只列该部门（机构 id）已提交的申请（驾驶舱下钻）") @RequestParam(required = false) Long deptOrgId,
            @Parameter(description = "提交日期自（含当天），yyyy-MM-dd")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "提交日期至（含当天），yyyy-MM-dd；早于 from 时 400")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "true 只列被社会工作部退回修改过的申请，false 只列从未退回的") @RequestParam(required = false)
                    Boolean returned,
            @Parameter(description = "只列办完过该环节的申请：Task_Review 审核，Task_Approve 审批，Task_Revise 部门修改；其他值 400")
                    @RequestParam(required = false)
                    String step,
            @Parameter(description = "与 step 同用：true 只列该环节超过期限才办完的") @RequestParam(required = false) Boolean late,
            @Parameter(description = "true 只列当前环节已超过期限仍未办理的") @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "页码，从 1 开始，默认 1") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数，默认 20，最大 100") @RequestParam(required = false) Integer size) {
        return queries.search(
                scope,
                status,
                keyword,
                new AdmissionQueries.Drill(deptOrgId, from, to, returned, step, late, overdue),
                PageQuery.of(page, size),
                CurrentUser.get());
    }

    @PostMapping("/applications")
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "新建申请草稿",
            description = "仅部门经办人（APPLICANT）。以本单位为牵头部门保存草稿：保存时只检查长度、取值范围和所选机构是否存在"
                    + "（指定乡镇须为乡镇/街道），填写 leadOrgId 时须为本单位，否则 400；完整性在提交时检查。"
                    + "带相同 Idempotency-Key 的重试返回第一次创建的草稿，不会重复创建。")
    @ApiResponse(responseCode = "201", description = "新建的草稿（重试时为第一次创建的草稿）")
    ApplicationDetail create(
            @Valid @RequestBody ApplicationForm form,
            @Parameter(description = "幂等键（如 UUID），同一次新建的重试带相同的值；与用户 id 合计超过64个字符时 400")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey) {
        return drafts.create(form, idempotencyKey, CurrentUser.get());
    }

    @PutMapping("/applications/{id}")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "修改申请", description = "仅申请单位的部门经办人，申请须为草稿或退回修改状态，否则 409；其他单位的申请按不存在处理（404）。整份表单替换，检查同新建草稿。")
    ApplicationDetail update(
            @Parameter(description = ID) @PathVariable long id, @Valid @RequestBody ApplicationForm form) {
        return drafts.update(id, form, CurrentUser.get());
    }

    @PostMapping("/applications/{id}/submit")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(
            summary = "提交申请",
            description = "仅申请单位的部门经办人。草稿提交后启动准入流程（自动预审后交社会工作部审核）；退回修改的申请重新提交后"
                    + "再经自动预审回到审核。须填齐事项名称、类别、事项内容、履职标准、牵头部门、实施范围（指定乡镇时至少一个）、"
                    + "每村每月工作量、工作频次和自评说明，选择费随事转时须说明经费，有效期截止须晚于开始，否则 400 并按字段提示；"
                    + "已提交或已办结的申请 409。")
    ApplicationDetail submit(@Parameter(description = ID) @PathVariable long id) {
        return submissions.submit(id, CurrentUser.get());
    }

    @PostMapping("/applications/{id}/withdraw")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(
            summary = "撤回申请",
            description = "仅申请单位的部门经办人。退回修改的申请随时可撤回；审核中的申请只在审核任务尚无人签收、且未经审批退回时可撤回，其他情况 409。请求体可省略。撤回后流程结束，状态为已撤回。")
    ApplicationDetail withdraw(
            @Parameter(description = ID) @PathVariable long id, @Valid @RequestBody(required = false) Withdrawal body) {
        return submissions.withdraw(id, body == null ? null : body.reason(), CurrentUser.get());
    }

    @PostMapping("/applications/{id}/nudge")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(
            summary = "催办",
            description = "仅申请单位的部门经办人。提醒正在审核或审批该申请的人员（已签收的提醒签收人，未签收的提醒该环节的全部办理人），"
                    + "记入办理记录。每件申请每天只能催办一次，今天已催办过、申请不在审核或审批环节时 409；其他单位的申请 404。无请求体。")
    ApplicationDetail nudge(@Parameter(description = ID) @PathVariable long id) {
        return nudges.nudge(id, CurrentUser.get());
    }

    @GetMapping("/applications/{id}")
    @Operation(
            summary = "申请详情",
            description = "申请单位的用户随时可看；审核人、审批人、减负办和系统管理员可看已提交（非草稿）的申请；其他人 404，"
                    + "不透露申请是否存在。含表单内容、当前环节、自动预审结果、附件、办理记录和当前用户可做的操作。")
    ApplicationDetail get(@Parameter(description = ID) @PathVariable long id) {
        return queries.get(id, CurrentUser.get());
    }

    @GetMapping("/applications/{id}/progress")
    @Operation(
            summary = "申请流程进度",
            description = "查看权限同申请详情。返回流程图节点 id：activeActivityIds 为当前所在节点，completedActivityIds 为已走过的节点；未提交的草稿两者都为空。")
    Map<String, List<String>> progress(@Parameter(description = ID) @PathVariable long id) {
        return queries.progress(id, CurrentUser.get());
    }

    @GetMapping("/applications/{id}/burden")
    @Operation(
            summary = "新事项对各村(社区)负担的影响",
            description =
                    "查看权限同申请详情。按申请的实施范围列出将适用的每个村(社区)：现有每月工时、加上本事项后的工时、承载力、" + "负荷率，以及是否因本事项超出承载力；按现有工时从多到少。按当前有效的清单计算。")
    List<ProjectedLoad> burden(@Parameter(description = ID) @PathVariable long id) {
        return burden.projected(id, CurrentUser.get());
    }

    @PostMapping(path = "/applications/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "上传申请附件",
            description = "仅申请单位的部门经办人，申请须为草稿或退回修改状态，否则 409。只收 PDF、PNG/JPG、Word、Excel，"
                    + "按文件内容识别且须与扩展名一致，否则 415；单个文件不超过10MB，否则 413；每份申请最多20个附件，否则 400。")
    @ApiResponse(responseCode = "201", description = "已保存的附件")
    Attachment upload(
            @Parameter(description = ID) @PathVariable long id,
            @Parameter(description = "要上传的文件（multipart 字段 file）") @RequestPart("file") MultipartFile file) {
        return attachments.add(id, file, CurrentUser.get());
    }

    @DeleteMapping("/applications/{id}/attachments/{attachmentId}")
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除申请附件", description = "仅申请单位的部门经办人，申请须为草稿或退回修改状态，否则 409；附件不属于该申请时 404。")
    @ApiResponse(responseCode = "204", description = "已删除")
    void removeAttachment(
            @Parameter(description = ID) @PathVariable long id,
            @Parameter(description = "附件 id") @PathVariable long attachmentId) {
        attachments.remove(id, attachmentId, CurrentUser.get());
    }

    /** The process model; the same as {@code /api/processes/admission/diagram}, kept for the current UI. */
    @GetMapping(path = "/process-diagram", produces = ProcessDiagrams.XML)
    @Operation(
            summary = "准入流程图（BPMN XML）",
            description = "任何已登录用户。准入流程最新版本的 BPMN 2.0 XML，与 GET /api/processes/admission/diagram 相同，为现有页面保留。")
    String diagram() {
        return diagrams.xml(AdmissionProcess.KEY, CurrentUser.get());
    }
}
