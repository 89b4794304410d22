package cn.jianfu.security;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.FieldCipher;
import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with time-based one-time codes (TOTP, RFC 6238: 6 digits, 30 s, any
 * authenticator app), using the totp library's generators. A code is accepted once; ten recovery
 * codes, shown once and stored as BCrypt hashes, stand in for a lost phone.
 */
@Service
public class TwoFactor {

    static final int PERIOD_SECONDS = 30;
    static final String ISSUER = "简负 Jianfu";
    static final int RECOVERY_CODES = 10;

    private final TwoFactorMapper rows;
    private final FieldCipher cipher;
    private final PasswordEncoder encoder;
    private final TwoFactorPolicy policy;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    TwoFactor(TwoFactorMapper rows, FieldCipher cipher, PasswordEncoder encoder, TwoFactorPolicy policy) {
        this.rows = rows;
        this.cipher = cipher;
        this.encoder = encoder;
        this.policy = policy;
    }

    /** What to show while setting up: the secret, the otpauth link, and the link as a QR image. */
    @Schema(description = "绑定信息：在验证器应用中扫描二维码，或手动输入密钥")
    public record Setup(
            @Schema(description = "密钥（Base32）") String secret,
            @Schema(description = "otpauth:// 链接") String otpauthUri,
            @Schema(description = "二维码图片，data:image/png;base64 URI") String qrImage) {}

    boolean enabled(long userId) {
        TwoFactorRow row = rows.find(userId);
        return row != null && row.enabled();
    }

    boolean required(CurrentUser user) {
        return policy.required(user);
    }

    @Transactional
    public Setup begin(CurrentUser user) {
        TwoFactorRow row = rows.lock(user.id());
        if (row != null && row.enabled()) {
            throw ApiException.conflict("两步验证已启用");
        }
        String secret = new DefaultSecretGenerator().generate();
        rows.saveSetup(user.id(), cipher.encrypt(secret));
        QrData data = new QrData.Builder()
                .label(user.getUsername())
                .secret(secret)
                .issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(PERIOD_SECONDS)
                .build();
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            return new Setup(secret, data.getUri(), Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }

    /** Turns it on with a first code from the app; answers the recovery codes, shown this once. */
    @Transactional
    public List<String> enable(CurrentUser user, String code) {
        TwoFactorRow row = rows.lock(user.id());
        if (row == null) {
            throw ApiException.conflict("请先获取绑定二维码");
        }
        if (row.enabled()) {
            throw ApiException.conflict("两步验证已启用");
        }
        Long step = matchingStep(cipher.decrypt(row.secretEnc()), code, null);
        if (step == null) {
            throw ApiException.invalid(Map.of("code", "验证码不正确，请核对手机上的6位数字"));
        }
        rows.enable(user.id(), Clock.now(), step);
        rows.deleteRecoveryCodes(user.id());
        List<String> recovery = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        recovery.forEach(c -> rows.insertRecoveryCode(user.id(), encoder.encode(normalize(c))));
        return recovery;
    }

    /** A code from the app (each accepted once) or an unused recovery code. */
    @Transactional
    public boolean verify(long userId, String code) {
        TwoFactorRow row = rows.lock(userId);
        if (row == null || !row.enabled() || code == null) {
            return false;
        }
        String given = normalize(code);
        if (given.matches("\\d{6}")) {
            Long step = matchingStep(cipher.decrypt(row.secretEnc()), given, row.lastUsedStep());
            if (step != null) {
                rows.useStep(userId, step);
                return true;
            }
            return false;
        }
        for (RecoveryCodeRow recovery : rows.unusedRecoveryCodes(userId)) {
            if (encoder.matches(given, recovery.codeHash())) {
                return rows.useRecoveryCode(recovery.id(), Clock.now()) == 1;
            }
        }
        return false;
    }

    @Transactional
    public void disable(CurrentUser user, String code) {
        if (policy.required(user)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "您的角色必须使用两步验证，不能关闭");
        }
        if (!verify(user.id(), code)) {
            throw ApiException.invalid(Map.of("code", "验证码不正确"));
        }
        rows.deleteRecoveryCodes(user.id());
        rows.delete(user.id());
    }

    /** The step whose code this is, within one step of now and after the last one used. */
    private Long matchingStep(String secret, String code, Long lastUsed) {
        String given = normalize(code);
        long now = ClockUtil.getCurrentTime().getTime() / 1000 / PERIOD_SECONDS;
        try {
            for (long step = now - 1; step <= now + 1; step++) {
                if ((lastUsed == null || step > lastUsed)
                        && codes.generate(secret, step).equals(given)) {
                    return step;
                }
            }
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("cannot compute a one-time code", e);
        }
        return null;
    }

    static String normalize(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
