package cn.jianfu.clue;

import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
class CluePortalController {

    private final CluePortal portal;
    private final TypicalCases typicalCases;
    private final PortalThrottle throttle;

    CluePortalController(CluePortal portal, TypicalCases typicalCases, PortalThrottle throttle) {
        this.portal = portal;
        this.typicalCases = typicalCases;
        this.throttle = throttle;
    }

    // the toString() of every body carrying the query code leaves it out: frameworks log bodies at debug level

    record Lookup(String clueNo, String code) {
        @Override
        public String toString() {
            return "Lookup[clueNo=" + clueNo + ", code=***]";
        }
    }

    record Supplement(String clueNo, String code, String content) {
        @Override
        public String toString() {
            return "Supplement[clueNo=" + clueNo + ", code=***]";
        }
    }

    record RatingForm(String clueNo, String code, Rating rating, String comment, boolean reopen) {
        @Override
        public String toString() {
            return "RatingForm[clueNo=" + clueNo + ", code=***, rating=" + rating + ", reopen=" + reopen + "]";
        }
    }

    record Option(String key, String label) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ClueReceipt submit(@Valid @RequestBody ClueForm form, HttpServletRequest request) {
        return portal.submit(form, client(request));
    }

    @PostMapping("/query")
    PublicClueView query(@RequestBody Lookup body, HttpServletRequest request) {
        return portal.query(body.clueNo(), body.code(), client(request));
    }

    @PostMapping("/supplement")
    PublicClueView supplement(@RequestBody Supplement body, HttpServletRequest request) {
        return portal.supplement(body.clueNo(), body.code(), body.content(), client(request));
    }

    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PublicClueView upload(
            @RequestParam("clueNo") String clueNo,
            @RequestParam("code") String code,
            @RequestPart("file") MultipartFile file,
            HttpServletRequest request) {
        return portal.addFile(clueNo, code, file, client(request));
    }

    @PostMapping("/rate")
    PublicClueView rate(@RequestBody RatingForm body, HttpServletRequest request) {
        return portal.rate(body.clueNo(), body.code(), body.rating(), body.comment(), body.reopen(), client(request));
    }

    @GetMapping("/categories")
    List<Option> categories() {
        return Arrays.stream(ClueCategory.values())
                .map(c -> new Option(c.name(), c.label()))
                .toList();
    }

    /** Published typical cases (典型问题通报): the office's summaries, nothing about reporters. */
    @GetMapping("/typical")
    PageResult<TypicalCase> typical(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return typicalCases.published(PageQuery.of(page, size));
    }

    private String client(HttpServletRequest request) {
        return throttle.client(request.getRemoteAddr());
    }
}
