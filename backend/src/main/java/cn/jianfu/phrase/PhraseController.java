package cn.jianfu.phrase;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me/phrases")
@Tag(name = "常用意见", description = "每个用户自己的常用意见（最多30条），在填写审核、审批、办理意见时一键插入。只能看到和修改本人的。")
class PhraseController {

    private static final String ID = "常用意见 id";
    private static final String ANSWER = "返回本人全部常用意见（按排列顺序）。";

    private final Phrases phrases;

    PhraseController(Phrases phrases) {
        this.phrases = phrases;
    }

    @Schema(description = "常用意见的文字")
    record PhraseText(@Schema(description = "意见文字（必填），最多200个字，可含任何字符") String text) {}

    @Schema(description = "常用意见的新顺序")
    record PhraseOrder(@Schema(description = "本人全部常用意见的 id，按新的顺序，每条恰好一次") List<Long> ids) {}

    @GetMapping
    @Operation(summary = "我的常用意见", description = "任何已登录用户。本人的常用意见，按排列顺序。")
    List<Phrase> list() {
        return phrases.list(CurrentUser.get());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "保存为常用意见", description = "任何已登录用户，加在本人常用意见的最后。" + ANSWER + "文字为空或超过200个字 400；已有相同的或已满30条 409。")
    List<Phrase> add(@RequestBody PhraseText body) {
        return phrases.add(body.text(), CurrentUser.get());
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "修改常用意见",
            description = "任何已登录用户，只能修改本人的（他人的 id 404）。" + ANSWER + "文字为空或超过200个字 400；与本人另一条相同 409。")
    List<Phrase> change(@Parameter(description = ID) @PathVariable long id, @RequestBody PhraseText body) {
        return phrases.change(id, body.text(), CurrentUser.get());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除常用意见", description = "任何已登录用户，只能删除本人的（他人的或已删除的 id 404）。" + ANSWER)
    List<Phrase> remove(@Parameter(description = ID) @PathVariable long id) {
        return phrases.remove(id, CurrentUser.get());
    }

    @PutMapping("/order")
    @Operation(summary = "调整常用意见顺序", description = "任何已登录用户。ids 须恰好是本人全部常用意见的 id，否则 400（如期间在别处增删过，刷新后重试）。" + ANSWER)
    List<Phrase> reorder(@RequestBody PhraseOrder body) {
        return phrases.reorder(body.ids(), CurrentUser.get());
    }
}
