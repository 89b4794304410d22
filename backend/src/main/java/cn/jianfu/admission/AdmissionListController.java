package cn.jianfu.admission;

import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "准入清单", description = "已准入事项的清单：工作人员检索与导出，以及无需登录的公开查询（村(社区)据此判断可否拒绝）。")
class AdmissionListController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AdmissionListService list;
    private final ItemRevisions revisions;

    AdmissionListController(AdmissionListService list, ItemRevisions revisions) {
        this.list = list;
        this.revisions = revisions;
    }

    @GetMapping("/api/admission-items")
    @Operation(
            summary = "检索准入清单",
            description = "已登录用户。关键词经中文分词检索（词序不限、同义词可替换），按相关度排序；无关键词时按清单编号排序。" + "可按类别、牵头部门筛选，含已过期事项。关键词超过100个字 400。")
    PageResult<AdmissionItem> search(
            @RequestParam(required = false) String keyword,
            @RequestParam(required = false) ItemCategory category,
            @RequestParam(required = false) Long leadOrgId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return list.search(new AdmissionItemSearch(keyword, category, leadOrgId, null), PageQuery.of(page, size));
    }

    @GetMapping("/api/admission-items/{id}")
    @Operation(summary = "清单事项详情", description = "已登录用户。不存在 404。")
    AdmissionItem get(@PathVariable long id) {
        return list.get(id);
    }

    @GetMapping("/api/admission-items/export")
    @Operation(summary = "导出准入清单（Excel）", description = "已登录用户。条件同检索，最多导出5000条，返回 xlsx 文件。")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String keyword,
            @RequestParam(required = false) ItemCategory category,
            @RequestParam(required = false) Long leadOrgId) {
        byte[] body = list.export(new AdmissionItemSearch(keyword, category, leadOrgId, null));
        String name = "准入清单-" + Clock.now().toLocalDate() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    @GetMapping("/api/public/admission-items")
    @Operation(
            summary = "公开查询准入事项",
            description = "无需登录。只查当日有效的事项。每条结果带 score 与 matchedTerms；没有匹配时 noMatch 为 true，"
                    + "并在 nearest 中给出最接近的有效事项，请先核对再决定是否拒绝。关键词超过100个字 400。")
    AdmissionLookup publicSearch(
            @RequestParam(required = false) String keyword,
            @RequestParam(required = false) ItemCategory category,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return list.searchPublic(keyword, category, PageQuery.of(page, size));
    }

    @GetMapping("/api/public/admission-items/{id}")
    @Operation(summary = "公开的清单事项详情", description = "无需登录。只含当日有效事项，不含内部关联；不存在或已失效 404。")
    AdmissionItem publicGet(@PathVariable long id) {
        return list.getPublic(id);
    }

    @GetMapping("/api/public/admission-items/{id}/history")
    @Operation(summary = "准入事项的版本历史", description = "无需登录。当前版本号、取消日期（已取消时）和复评修订前的各版本，新的在前；事项不存在 404。")
    ItemHistory publicHistory(@PathVariable long id) {
        return revisions.history(id);
    }
}
