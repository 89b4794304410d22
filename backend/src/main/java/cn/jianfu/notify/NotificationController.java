package cn.jianfu.notify;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "消息提醒", description = "本人的站内消息（新的待办、即将到期、超期督办、申请结果、新的预警），同一事件只提醒一次；" + "本人可开启邮件和短信/政务微信网关；管理员可查看发送失败的记录。")
class NotificationController {

    private final NotificationMapper mapper;
    private final Preferences preferences;

    NotificationController(NotificationMapper mapper, Preferences preferences) {
        this.mapper = mapper;
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(summary = "我的消息", description = "新的在前；unreadOnly=true 只看未读。")
    PageResult<NotificationRow> list(
            @Parameter(description = "只看未读") @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        long me = CurrentUser.get().id();
        PageQuery p = PageQuery.of(page, size);
        return p.result(mapper.list(me, unreadOnly, p.offset(), p.size()), mapper.count(me, unreadOnly));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "未读消息数")
    Map<String, Long> unread() {
        return Map.of("unread", mapper.count(CurrentUser.get().id(), true));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "标为已读", description = "只能标本人的消息；已读的不变。")
    Map<String, Long> read(@PathVariable long id) {
        long me = CurrentUser.get().id();
        mapper.markRead(me, id, Clock.now());
        return Map.of("unread", mapper.count(me, true));
    }

    @PostMapping("/read-all")
    @Operation(summary = "全部标为已读")
    Map<String, Long> readAll() {
        long me = CurrentUser.get().id();
        mapper.markRead(me, null, Clock.now());
        return Map.of("unread", 0L);
    }

    @GetMapping("/preferences")
    @Operation(summary = "我的提醒方式", description = "未设置时邮件和网关都关闭（少打扰）。")
    Preference preferences() {
        return preferences.of(CurrentUser.get().id());
    }

    @PutMapping("/preferences")
    @Operation(summary = "修改我的提醒方式", description = "开启邮件须填邮箱，开启网关须填接收号，否则 400；dailyDigest=true 时每天早上汇总发送一次。")
    Preference savePreferences(@Valid @RequestBody Preference form) {
        return preferences.save(CurrentUser.get().id(), form);
    }

    @GetMapping("/deliveries")
    @Operation(summary = "邮件和网关发送记录", description = "系统管理员；status=FAILED 看放弃发送的，PENDING 看等待（重试）的，HELD 看等每日摘要的。")
    PageResult<Delivery> deliveries(
            @Parameter(description = "PENDING、SENT、FAILED、HELD、DIGESTED 或 SKIPPED") @RequestParam(required = false)
                    String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (!CurrentUser.get().has(Role.ADMIN)) {
            throw ApiException.forbidden("只有系统管理员可以查看发送记录");
        }
        if (status != null && !status.matches("PENDING|SENT|FAILED|HELD|DIGESTED|SKIPPED")) {
            throw ApiException.invalid(Map.of("status", "状态只能是 PENDING、SENT、FAILED、HELD、DIGESTED 或 SKIPPED"));
        }
        PageQuery p = PageQuery.of(page, size);
        return p.result(mapper.deliveries(status, p.offset(), p.size()), mapper.countDeliveries(status));
    }
}
