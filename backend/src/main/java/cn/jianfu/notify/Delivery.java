package cn.jianfu.notify;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** One notification on its way through one channel. */
@Schema(description = "邮件或网关发送记录")
public record Delivery(
        @Schema(description = "发送记录 id") long id,
        @Schema(description = "消息 id") long notificationId,
        @Schema(description = "渠道：EMAIL 或 WEBHOOK") String channel,
        @Schema(description = "收件地址或接收号") String address,
        @Schema(
                        description =
                                "状态：PENDING 待发送（含等待重试），SENT 已发送，FAILED 多次失败后放弃，HELD 等每日摘要，DIGESTED 已并入摘要，SKIPPED 应用内已读、摘要不再发")
                String status,
        @Schema(description = "已尝试次数") int attempts,
        @Schema(description = "下次尝试时间") LocalDateTime nextAttemptAt,
        @Schema(description = "最近一次失败原因") String lastError,
        @Schema(description = "发送成功时间") LocalDateTime sentAt,
        @Schema(description = "消息标题") String title,
        @Schema(description = "消息类型") NoticeKind kind,
        @Schema(description = "应用内页面") String link,
        @Schema(description = "消息时间") LocalDateTime createdAt) {}
