package cn.jianfu.admission;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "抄送")
class ApplicationCopyController {

    private final ApplicationCopies copies;

    ApplicationCopyController(ApplicationCopies copies) {
        this.copies = copies;
    }

    @Schema(description = "抄送对象：人员和/或单位，合计1至20个")
    record Recipients(
            @Schema(description = "抄送的人员（用户名）") List<String> usernames,
            @Schema(description = "抄送的单位（机构 id），单位内所有人都可查看") List<Long> orgIds) {}

    @PostMapping("/api/admission/applications/{id}/copies")
    @Operation(
            summary = "抄送申请",
            description = "把已提交的申请抄送给人员或单位，对方可只读查看（在“抄送我的”中列出），记入履历。申请单位、审核人、审批人和减负办可以抄送，"
                    + "其他人 403；申请不存在或无权查看 404；草稿 409；未选对象、对象不存在或停用、抄送给自己、超过20个时 400；"
                    + "所选对象都已抄送过 409。")
    ApplicationDetail copy(@Parameter(description = "申请 id") @PathVariable long id, @RequestBody Recipients body) {
        return copies.copy(
                id, body == null ? null : body.usernames(), body == null ? null : body.orgIds(), CurrentUser.get());
    }
}
