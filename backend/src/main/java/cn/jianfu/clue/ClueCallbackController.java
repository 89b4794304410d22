package cn.jianfu.clue;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 回访: the office's call-back of a reporter who left a phone number. */
@RestController
@Tag(name = "线索办理")
class ClueCallbackController {

    private final ClueCallbacks callbacks;

    ClueCallbackController(ClueCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @Schema(name = "ClueCallbackForm", description = "回访")
    record Callback(
            @Schema(description = "是否联系上反映人（必填）") Boolean reached,
            @Schema(description = "反映人是否满意：联系上时必填，未联系上时不保存") Boolean satisfied,
            @Schema(description = "回访记录，最多500个字；联系上且不满意时必填（不满意的原因）") String note) {}

    @PostMapping("/api/clues/{id}/callbacks")
    @PreAuthorize("hasRole('OFFICE')")
    @Operation(
            summary = "记录回访",
            description = "仅减负办（OFFICE，否则 403）。线索答复反映人后、待评价期间，对留了联系电话的反映人电话回访；"
                    + "反映人匿名或未留电话 409，尚未答复、已评价或已办结 409，线索不存在 404。"
                    + "未联系上：只记录（可多次回访）。联系上：记录满意或不满意，作为反映人的评价（与专区评价相同，评价来源 CALLBACK，计入满意率），"
                    + "满意则办结；不满意则重新整改（已重新整改过一次的，以不满意办结）。之后再回访或在专区评价均 409。"
                    + "未选是否联系上、联系上未选是否满意、不满意未填原因或回访记录超过500个字时 400。两人同时回访时只有一人的生效，另一人 409。")
    ClueDetail record(@Parameter(description = "线索 id") @PathVariable long id, @RequestBody Callback body) {
        return callbacks.record(
                id,
                body == null ? null : body.reached(),
                body == null ? null : body.satisfied(),
                body == null ? null : body.note(),
                CurrentUser.get());
    }
}
