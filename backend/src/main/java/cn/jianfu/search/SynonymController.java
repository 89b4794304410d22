package cn.jianfu.search;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The search's synonym list, kept by the burden-reduction office and administrators. */
@RestController
@RequestMapping("/api/search/synonyms")
@Tag(name = "同义词", description = "检索用的同义词组（系统管理员、减负办维护）：公开查询和预审查重时，组内任一词都算作其他词。")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
class SynonymController {

    private final SynonymService synonyms;

    SynonymController(SynonymService synonyms) {
        this.synonyms = synonyms;
    }

    @GetMapping
    @Operation(summary = "同义词组列表", description = "系统管理员、减负办。")
    List<SynonymGroup> list() {
        return synonyms.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增同义词组", description = "系统管理员、减负办。2至20个词，每个不超过20个字；一个词只能属于一个组（否则 400）。保存后各节点的检索即时生效，并记入审计。")
    SynonymGroup create(@RequestBody SynonymForm form) {
        return synonyms.create(form, CurrentUser.get());
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改同义词组", description = "系统管理员、减负办。规则同新增；组不存在 404。")
    SynonymGroup update(@PathVariable long id, @RequestBody SynonymForm form) {
        return synonyms.update(id, form, CurrentUser.get());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除同义词组", description = "系统管理员、减负办。组不存在 404。")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        synonyms.delete(id, CurrentUser.get());
    }
}
