package cn.jianfu.notify;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.Map;

/** A notification as stored and as its reader sees it. */
@Schema(description = "消息")
public class NotificationRow {
    @Schema(description = "消息 id")
    public Long id;

    @Schema(hidden = true)
    public long userId;

    @Schema(hidden = true)
    public String eventKey;

    @Schema(
            description =
                    "类型：TASK_ASSIGNED 新的待办，TASK_REMINDER 待办即将到期，TASK_ESCALATED 超期督办，APPLICATION_DECIDED 申请有了结果，WARNING_RAISED 新的预警（DIGEST 每日摘要只经邮件/网关发送，不在列表中）")
    public NoticeKind kind;

    @Schema(description = "对象类型")
    public String subjectType;

    @Schema(description = "对象 id")
    public String subjectKey;

    @Schema(description = "标题")
    public String title;

    @Schema(description = "应用内页面，如 /applications/12")
    public String link;

    @Schema(description = "相关数值（随类型不同）")
    public Map<String, String> params;

    @Schema(description = "时间")
    public LocalDateTime createdAt;

    @Schema(description = "已读时间；未读为空")
    public LocalDateTime readAt;
}
