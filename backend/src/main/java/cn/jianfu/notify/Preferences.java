package cn.jianfu.notify;

import cn.jianfu.common.ApiException;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How each person wants to hear of things beyond the in-app list: none unless they ask (少打扰). */
@Service
class Preferences {

    private final NotificationMapper mapper;

    Preferences(NotificationMapper mapper) {
        this.mapper = mapper;
    }

    Preference of(long userId) {
        return mapper.preference(userId).orElse(new Preference(userId, null, false, null, false, false));
    }

    /** A channel turned on needs its address; blank addresses are kept as none. */
    @Transactional
    Preference save(long userId, Preference form) {
        if (form.emailEnabled() && (form.email() == null || form.email().isBlank())) {
            throw ApiException.invalid(Map.of("email", "开启邮件提醒须填写邮箱"));
        }
        if (form.webhookEnabled()
                && (form.webhookTo() == null || form.webhookTo().isBlank())) {
            throw ApiException.invalid(Map.of("webhookTo", "开启短信/政务微信提醒须填写接收号"));
        }
        Preference p = new Preference(
                userId,
                blankToNull(form.email()),
                form.emailEnabled(),
                blankToNull(form.webhookTo()),
                form.webhookEnabled(),
                form.dailyDigest());
        if (mapper.updatePreference(p) == 0) {
            mapper.insertPreference(p);
        }
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
