package cn.jianfu.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own second factor: its state, setting it up, turning it off. */
@RestController
@RequestMapping("/api/auth/two-factor")
@Tag(name = "两步验证", description = "当前用户自己的两步验证（TOTP 验证器应用）：查看状态、绑定启用、关闭。")
class TwoFactorController {

    private final TwoFactor twoFactor;

    TwoFactorController(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Schema(description = "两步验证状态")
    record Status(
            @Schema(description = "是否已启用") boolean enabled,
            @Schema(description = "其角色是否必须启用（系统管理员、减负办、核查人员）") boolean required) {}

    @Schema(description = "验证码")
    record CodeRequest(
            @Schema(description = "验证器应用显示的6位数字（关闭时也可用恢复码）")
                    @NotBlank(message = "请输入验证码")
                    @Size(max = 40, message = "验证码过长")
                    String code) {}

    @Schema(description = "恢复码：手机丢失时代替验证码登录，每个只能用一次，只显示这一次")
    record RecoveryCodes(@Schema(description = "10个恢复码") List<String> recoveryCodes) {}

    @GetMapping
    @Operation(summary = "两步验证状态", description = "已登录用户。")
    Status status() {
        CurrentUser user = CurrentUser.get();
        return new Status(twoFactor.enabled(user.id()), twoFactor.required(user));
    }

    @PostMapping("/setup")
    @Operation(summary = "获取绑定二维码", description = "已登录且尚未启用时调用：生成新的密钥，返回密钥、otpauth 链接和二维码图片（data URI）。已启用时 409。")
    TwoFactor.Setup setup() {
        return twoFactor.begin(CurrentUser.get());
    }

    @PostMapping("/enable")
    @Operation(summary = "启用两步验证", description = "提交验证器应用显示的第一个验证码以启用；返回10个恢复码（只显示这一次）。验证码错误 400，未先获取二维码或已启用 409。")
    RecoveryCodes enable(@Valid @RequestBody CodeRequest body, HttpServletRequest request) {
        List<String> codes = twoFactor.enable(CurrentUser.get(), body.code());
        TwoFactorSession.verified(request.getSession());
        return new RecoveryCodes(codes);
    }

    @PostMapping("/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "关闭两步验证", description = "提交验证码或恢复码以关闭。系统管理员、减负办和核查人员必须使用两步验证，不能关闭（403）。验证码错误 400。")
    @ApiResponse(responseCode = "204", description = "已关闭")
    void disable(@Valid @RequestBody CodeRequest body) {
        twoFactor.disable(CurrentUser.get(), body.code());
    }
}
