package cn.jianfu.search;

import cn.jianfu.security.CurrentUser;
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
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
class SynonymController {

    private final SynonymService synonyms;

    SynonymController(SynonymService synonyms) {
        this.synonyms = synonyms;
    }

    @GetMapping
    List<SynonymGroup> list() {
        return synonyms.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SynonymGroup create(@RequestBody SynonymForm form) {
        return synonyms.create(form, CurrentUser.get());
    }

    @PutMapping("/{id}")
    SynonymGroup update(@PathVariable long id, @RequestBody SynonymForm form) {
        return synonyms.update(id, form, CurrentUser.get());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        synonyms.delete(id, CurrentUser.get());
    }
}
