package cn.jianfu.security;

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
class TwoFactorController {

    private final TwoFactor twoFactor;

    TwoFactorController(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    record Status(boolean enabled, boolean required) {}

    record CodeRequest(@NotBlank(message = "请输入验证码") @Size(max = 40, message = "验证码过长") String code) {}

    record RecoveryCodes(List<String> recoveryCodes) {}

    @GetMapping
    Status status() {
        CurrentUser user = CurrentUser.get();
        return new Status(twoFactor.enabled(user.id()), twoFactor.required(user));
    }

    @PostMapping("/setup")
    TwoFactor.Setup setup() {
        return twoFactor.begin(CurrentUser.get());
    }

    @PostMapping("/enable")
    RecoveryCodes enable(@Valid @RequestBody CodeRequest body, HttpServletRequest request) {
        List<String> codes = twoFactor.enable(CurrentUser.get(), body.code());
        TwoFactorSession.verified(request.getSession());
        return new RecoveryCodes(codes);
    }

    @PostMapping("/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@Valid @RequestBody CodeRequest body) {
        twoFactor.disable(CurrentUser.get(), body.code());
    }
}
