package cn.jianfu.admission;

import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
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
class AdmissionListController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AdmissionListService list;

    AdmissionListController(AdmissionListService list) {
        this.list = list;
    }

    @GetMapping("/api/admission-items")
    PageResult<AdmissionItem> search(
            @RequestParam(required = false) String keyword,
            @RequestParam(required = false) ItemCategory category,
            @RequestParam(required = false) Long leadOrgId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return list.search(new AdmissionItemSearch(keyword, category, leadOrgId, null), PageQuery.of(page, size));
    }

    @GetMapping("/api/admission-items/{id}")
    AdmissionItem get(@PathVariable long id) {
        return list.get(id);
    }

    @GetMapping("/api/admission-items/export")
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
    AdmissionLookup publicSearch(
            @RequestParam(required = false) String keyword,
            @RequestParam(required = false) ItemCategory category,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return list.searchPublic(keyword, category, PageQuery.of(page, size));
    }

    @GetMapping("/api/public/admission-items/{id}")
    AdmissionItem publicGet(@PathVariable long id) {
        return list.getPublic(id);
    }
}
