package cn.jianfu.org;

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
class OrgController {

    private final OrgService orgs;

    OrgController(OrgService orgs) {
        this.orgs = orgs;
    }

    /** For the pickers of the public pages (no account needed); organisations are public facts. */
    @GetMapping("/api/public/orgs")
    List<OrgUnit> publicList() {
        return orgs.all();
    }

    @GetMapping("/api/orgs")
    List<OrgUnit> list() {
        return orgs.all();
    }

    @PostMapping("/api/orgs")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    OrgUnit create(@Valid @RequestBody OrgForm form) {
        return orgs.create(form);
    }

    @PutMapping("/api/orgs/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    OrgUnit update(@PathVariable long id, @Valid @RequestBody OrgForm form) {
        return orgs.update(id, form);
    }
}
