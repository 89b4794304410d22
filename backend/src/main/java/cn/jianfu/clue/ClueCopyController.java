package cn.jianfu.clue;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "抄送")
class ClueCopyController {

    private final ClueCopies copies;

    ClueCopyController(ClueCopies copies) {
        this.copies = copies;
    }

    @Schema(name = "ClueCopyRecipients", description = "抄送对象：人员和/或单位，合计1至20个")
    record Recipients(
            @Schema(description = "抄送的人员（用户名）") List<String> usernames,
            @Schema(description = "抄送的单位（机构 id），单位内所有人都可查看") List<Long> orgIds) {}

    @PostMapping("/api/clues/{id}/copies")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "抄送线索",
            description = "减负办把线索抄送给人员或单位，对方可只读查看（不含反映人联系方式，在“抄送我的”中列出），记入履历。仅减负办（403）；"
                    + "线索不存在 404；未选对象、对象不存在或停用、抄送给自己、超过20个时 400；所选对象都已抄送过 409。")
    @ApiResponse(responseCode = "204", description = "已抄送")
    void copy(@Parameter(description = "线索 id") @PathVariable long id, @RequestBody Recipients body) {
        copies.copy(id, body == null ? null : body.usernames(), body == null ? null : body.orgIds(), CurrentUser.get());
    }
}
