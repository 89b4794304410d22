package cn.jianfu.notify;

import cn.jianfu.common.MaxChars;
import cn.jianfu.common.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

/** Which channels a person wants besides the in-app list (少打扰: none unless they ask). */
@Schema(description = "消息提醒方式：站内消息总是有；邮件和短信/政务微信等网关需本人开启")
public record Preference(
        @Schema(hidden = true) Long userId,
        @Schema(description = "电子邮箱，最多200个字符")
                @Email(message = "邮箱格式不正确")
                @MaxChars(value = TextLimits.NOTIFY_EMAIL, message = "邮箱不能超过{value}个字符")
                String email,
        @Schema(description = "是否发邮件") boolean emailEnabled,
        @Schema(description = "在短信/政务微信/钉钉网关的接收号（手机号或账号），最多100个字符")
                @MaxChars(value = TextLimits.NOTIFY_RECEIVER, message = "接收号不能超过{value}个字符")
                @Pattern(regexp = "^[A-Za-z0-9_.@+-]*$", message = "接收号只能包含字母、数字和 _ . @ + -")
                String webhookTo,
        @Schema(description = "是否通过网关发送") boolean webhookEnabled,
        @Schema(description = "每日摘要：邮件和网关消息不逐条发送，每天早上汇总成一条（在应用内已读的不再发）") boolean dailyDigest) {}
