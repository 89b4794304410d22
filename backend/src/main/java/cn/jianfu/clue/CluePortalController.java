package cn.jianfu.clue;

import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The anonymous portal (线索征集专区). The query code travels only in request bodies, never in a URL.
 * The client's address is turned into an opaque throttle key here and goes no further.
 */
@RestController
@RequestMapping("/api/public/clues")
@Tag(
        name = "线索反映（公开）",
        description = "线索征集专区，无需登录：反映问题，凭线索编号和查询码查询进度、补充内容、上传材料、评价办理结果；"
                + "问题类别与典型问题通报。查询码只放在请求体中，不放进网址。JSON 请求体不超过64KB（否则 413），上传文件另有大小限制。")
class CluePortalController {

    private static final String CLUE_NO = "线索编号，如 XS-2026-0001，不区分大小写";
    private static final String CODE = "查询码：20个字母或数字，提交线索时给出；空格和短横线可有可无，不区分大小写";
    private static final String GATE = "线索编号或查询码不正确时一律 404（不区分是哪一个错）；同一客户端或同一线索编号查询失败过多、或查询过于频繁时 429。";

    private final CluePortal portal;
    private final PortalSubmissions submissions;
    private final TypicalCases typicalCases;
    private final PortalThrottle throttle;
    private final CategorySuggestions suggestions;

    CluePortalController(
            CluePortal portal,
            PortalSubmissions submissions,
            TypicalCases typicalCases,
            PortalThrottle throttle,
            CategorySuggestions suggestions) {
        this.portal = portal;
        this.submissions = submissions;
        this.typicalCases = typicalCases;
        this.throttle = throttle;
        this.suggestions = suggestions;
    }

    // the toString() of every body carrying the query code leaves it out: frameworks log bodies at debug level

    @Schema(description = "凭线索编号和查询码查询")
    record Lookup(@Schema(description = CLUE_NO) String clueNo, @Schema(description = CODE) String code) {
        @Override
        public String toString() {
            return "Lookup[clueNo=" + clueNo + ", code=***]";
        }
    }

    @Schema(description = "反映人补充内容")
    record Supplement(
            @Schema(description = CLUE_NO) String clueNo,
            @Schema(description = CODE) String code,
            @Schema(description = "补充内容，必填，最多4000个字") String content) {
        @Override
        public String toString() {
            return "Supplement[clueNo=" + clueNo + ", code=***]";
        }
    }

    @Schema(description = "反映人对办理结果的评价")
    record RatingForm(
            @Schema(description = CLUE_NO) String clueNo,
            @Schema(description = CODE) String code,
            @Schema(description = "评价（必填）：SATISFIED 满意，UNSATISFIED 不满意") Rating rating,
            @Schema(description = "评价说明，不满意时必填，最多4000个字") String comment,
            @Schema(description = "不满意时申请重新整改（每条线索只能一次）；满意时忽略") boolean reopen) {
        @Override
        public String toString() {
            return "RatingForm[clueNo=" + clueNo + ", code=***, rating=" + rating + ", reopen=" + reopen + "]";
        }
    }

    @Schema(description = "可选项")
    record Option(@Schema(description = "编码（提交时使用）") String key, @Schema(description = "中文名称") String label) {}

    @Schema(description = "要推荐类别的问题描述")
    record SuggestionRequest(@Schema(description = "问题描述（正在填写的内容），最多4000个字") String text) {
        @Override
        public String toString() {
            return "SuggestionRequest[text=***]";
        }
    }

    @Schema(description = "推荐的问题类别；描述中没有可判断的词语时两项都为 null")
    record CategorySuggestion(
            @Schema(description = "类别编码，如 FINGERTIP_FORMALISM", nullable = true) String category,
            @Schema(description = "类别中文名称", nullable = true) String label) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "反映问题线索",
            description = "无需登录。source 不填即 PORTAL（线索征集专区），也可为 VILLAGE_REFUSAL（村(社区)拒绝未准入事项，"
                    + "类别固定为“未经准入事项下派”），其他来源 400。须选问题类别、选择或填写被反映单位、问题描述10至4000个字；"
                    + "实名时至少填姓名或联系电话，匿名时不保存姓名和电话。同一客户端每小时最多提交10条（默认），超过 429。")
    @ApiResponse(responseCode = "201", description = "线索编号和查询码；查询码只在此时给出一次，反映人须自行保存")
    ClueReceipt submit(
            @Valid @RequestBody ClueForm form,
            @Parameter(
                            description = "可选。同一份填写的反映每次提交都带同一个标识（16至64个字母、数字、-或_，如 UUID）："
                                    + "重试时返回第一次的线索编号和查询码，不会生成第二条线索（一天内有效）")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            HttpServletRequest request) {
        return submissions.submit(form, client(request), idempotencyKey);
    }

    @PostMapping("/query")
    @Operation(summary = "查询线索进度", description = "无需登录，凭线索编号和查询码查看办理状态、核查结论、答复和本人补充的内容与材料。" + GATE)
    PublicClueView query(@RequestBody Lookup body, HttpServletRequest request) {
        return portal.query(body.clueNo(), body.code(), client(request));
    }

    @PostMapping("/supplement")
    @Operation(summary = "补充线索内容", description = "无需登录，凭线索编号和查询码。" + GATE + "线索已不予受理、已合并或已办结时 409；补充内容为空或超长时 400。")
    PublicClueView supplement(@RequestBody Supplement body, HttpServletRequest request) {
        return portal.supplement(body.clueNo(), body.code(), body.content(), client(request));
    }

    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "反映人上传材料",
            description = "无需登录，凭线索编号和查询码（multipart 字段 clueNo、code、file）。" + GATE
                    + "线索已不予受理、已合并或已办结时 409。只收 PDF、PNG/JPG、Word、Excel，按内容识别且须与扩展名一致，否则 415；"
                    + "单个文件不超过10MB、每条线索附件合计不超过30MB（默认），否则 413；每条线索最多20个附件，否则 400。")
    PublicClueView upload(
            @Parameter(description = "（必填）" + CLUE_NO) @RequestParam("clueNo") String clueNo,
            @Parameter(description = "（必填）" + CODE) @RequestParam("code") String code,
            @Parameter(description = "要上传的文件") @RequestPart("file") MultipartFile file,
            HttpServletRequest request) {
        return portal.addFile(clueNo, code, file, client(request));
    }

    @PostMapping("/rate")
    @Operation(
            summary = "评价办理结果",
            description = "无需登录，凭线索编号和查询码。" + GATE + "只有待评价的线索可以评价，否则 409；不满意须说明原因，否则 400。"
                    + "满意或不申请重新整改时线索办结；不满意并申请重新整改时重新交办整改，每条线索只能一次，再次申请 409。"
                    + "答复后反映人未在评价期限（默认7天）内评价的，线索自动办结。")
    PublicClueView rate(@RequestBody RatingForm body, HttpServletRequest request) {
        return portal.rate(body.clueNo(), body.code(), body.rating(), body.comment(), body.reopen(), client(request));
    }

    @PostMapping("/category-suggestion")
    @Operation(
            summary = "按描述推荐问题类别",
            description = "无需登录。按问题描述中的词语（如“填表”“打卡”“未准入”）推荐一个问题类别，供反映人一键选用；"
                    + "描述不保存、不记录。没有可判断的词语时 category 为 null。描述超过4000个字时 400；"
                    + "同一客户端请求过于频繁时 429。")
    CategorySuggestion suggestCategory(@RequestBody SuggestionRequest body, HttpServletRequest request) {
        throttle.suggestion(client(request));
        return suggestions
                .suggest(body.text())
                .map(c -> new CategorySuggestion(c.name(), c.label()))
                .orElse(new CategorySuggestion(null, null));
    }

    @GetMapping("/categories")
    @Operation(summary = "问题类别", description = "无需登录。线索问题类别的编码和中文名称，按显示顺序。")
    List<Option> categories() {
        return Arrays.stream(ClueCategory.values())
                .map(c -> new Option(c.name(), c.label()))
                .toList();
    }

    /** Published typical cases (典型问题通报): the office's summaries, nothing about reporters. */
    @GetMapping("/typical")
    @Operation(summary = "典型问题通报", description = "无需登录。减负办公开通报的典型问题（均为已办结的线索），分页；只有减负办撰写的通报内容，不含反映人信息。")
    PageResult<TypicalCase> typical(
            @Parameter(description = "页码，从 1 开始，默认 1") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数，默认 20，最大 100") @RequestParam(required = false) Integer size) {
        return typicalCases.published(PageQuery.of(page, size));
    }

    private String client(HttpServletRequest request) {
        return throttle.client(request.getRemoteAddr());
    }
}
