package cn.jianfu.workflow;

import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "抄送", description = "抄送给本人或本单位的准入申请和问题线索（只读）。抄送见各自的“抄送”接口。")
class CopyController {

    private final CaseCopies copies;

    CopyController(CaseCopies copies) {
        this.copies = copies;
    }

    @GetMapping("/api/copies/people")
    @Operation(summary = "查找抄送对象", description = "任何已登录用户。按姓名、用户名或单位名称查找可抄送的人员（已启用，不含本人），最多20人；未填关键字或超过50个字时 400。")
    List<TaskHolder> people(@Parameter(description = "关键字，必填") @RequestParam(required = false) String keyword) {
        return copies.people(keyword, CurrentUser.get());
    }

    @GetMapping("/api/copies")
    @Operation(summary = "抄送我的", description = "任何已登录用户。抄送给本人或本单位的申请和线索，每件一行（多次抄送取最近一次），按抄送时间从新到旧，分页。")
    PageResult<CopyRow> mine(
            @Parameter(description = "页码，从 1 开始，默认 1") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数，默认 20，最大 100") @RequestParam(required = false) Integer size) {
        return copies.copiedTo(CurrentUser.get(), PageQuery.of(page, size));
    }
}
