package cn.jianfu.org;

import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "用户", description = "系统管理员管理登录账号：所属机构、角色、启用与停用、密码。本组接口仅系统管理员可用，其他人 403。")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "用户列表", description = "仅系统管理员。可按用户名、姓名或所属机构名称包含的文字查找，分页。")
    PageResult<UserAccount> list(
            @Parameter(description = "用户名、姓名或所属机构名称包含的文字") @RequestParam(required = false) String keyword,
            @Parameter(description = "页码，从 1 开始，默认 1") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数，默认 20，最大 100") @RequestParam(required = false) Integer size) {
        return users.search(keyword, PageQuery.of(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增用户", description = "仅系统管理员。用户名必填且不能重复，须设置符合密码规则的密码，否则 400；所属机构不存在 404。enabled 不填时启用。")
    @ApiResponse(responseCode = "201", description = "新增的用户")
    UserAccount create(@Valid @RequestBody UserForm form) {
        return users.create(form);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "修改用户",
            description = "仅系统管理员。用户名不可修改，请求中的 username 不会生效；password 留空则保留原密码，enabled 不填则不变。"
                    + "停用账号或改变其角色、所属机构、密码时，该用户已登录的会话立即失效。用户或所属机构不存在 404；"
                    + "停用最后一名启用的系统管理员或去掉其管理员角色时 409。")
    UserAccount update(@Parameter(description = "用户 id") @PathVariable long id, @Valid @RequestBody UserForm form) {
        return users.update(id, form);
    }
}
