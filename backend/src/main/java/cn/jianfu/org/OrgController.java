package cn.jianfu.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "机构", description = "全县的部门、办公室、乡镇/街道和村/社区：列表（含无需登录的公开列表）及系统管理员的新增、修改。")
class OrgController {

    private final OrgService orgs;

    OrgController(OrgService orgs) {
        this.orgs = orgs;
    }

    /** For the pickers of the public pages (no account needed); organisations are public facts. */
    @GetMapping("/api/public/orgs")
    @Operation(summary = "机构列表（公开）", description = "无需登录，供公开页面选择单位；与登录后的机构列表内容相同。")
    List<OrgUnit> publicList() {
        return orgs.all();
    }

    @GetMapping("/api/orgs")
    @Operation(summary = "机构列表", description = "任何已登录用户。全部机构，不分页。")
    List<OrgUnit> list() {
        return orgs.all();
    }

    @PostMapping("/api/orgs")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增机构", description = "仅系统管理员（ADMIN）。机构编码不能与已有机构重复，上级机构须存在，否则 400。")
    @ApiResponse(responseCode = "201", description = "新增的机构")
    OrgUnit create(@Valid @RequestBody OrgForm form) {
        return orgs.create(form);
    }

    @PutMapping("/api/orgs/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "修改机构", description = "仅系统管理员（ADMIN）。机构不存在 404；编码与其他机构重复、上级机构不存在或为自己时 400。")
    OrgUnit update(@Parameter(description = "机构 id") @PathVariable long id, @Valid @RequestBody OrgForm form) {
        return orgs.update(id, form);
    }
}
