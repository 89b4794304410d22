package cn.jianfu.phrase;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.ClusterLocks;
import cn.jianfu.common.TextLimits;
import cn.jianfu.security.CurrentUser;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 常用意见: each user keeps up to 30 phrases of their own for the comment boxes of their decisions;
 * nobody sees or touches another's (their ids are "not found").
 */
@Service
class Phrases {

    static final int MAX_PHRASES = 30;

    private final PhraseMapper phrases;
    private final ClusterLocks locks;

    Phrases(PhraseMapper phrases, ClusterLocks locks) {
        this.phrases = phrases;
        this.locks = locks;
    }

    List<Phrase> list(CurrentUser user) {
        return phrases.findByUser(user.id());
    }

    @Transactional
    List<Phrase> add(String text, CurrentUser user) {
        String t = read(text);
        locks.take("phrases-of-user", user.id()); // FOR UPDATE below holds on one Galera node only
        phrases.lockUser(user.id());
        if (phrases.countByUser(user.id()) >= MAX_PHRASES) {
            throw ApiException.conflict("常用意见最多保存" + MAX_PHRASES + "条，请先删除不用的");
        }
        try {
            phrases.insert(user.id(), t, Clock.now());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("已有相同的常用意见");
        }
        return list(user);
    }

    @Transactional
    List<Phrase> change(long id, String text, CurrentUser user) {
        String t = read(text);
        own(id, user);
        try {
            phrases.updateText(id, user.id(), t);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("已有相同的常用意见");
        }
        return list(user);
    }

    @Transactional
    List<Phrase> remove(long id, CurrentUser user) {
        own(id, user);
        phrases.delete(id, user.id());
        return list(user);
    }

    /** Puts the user's phrases in the given order, which must name each of them exactly once. */
    @Transactional
    List<Phrase> reorder(List<Long> ids, CurrentUser user) {
        locks.take("phrases-of-user", user.id());
        phrases.lockUser(user.id());
        Set<Long> mine = new HashSet<>();
        list(user).forEach(p -> mine.add(p.id()));
        if (ids == null || ids.size() != mine.size() || !mine.equals(new HashSet<>(ids))) {
            throw ApiException.invalid(Map.of("ids", "排序须包含您的每条常用意见各一次，请刷新后重试"));
        }
        for (int i = 0; i < ids.size(); i++) {
            phrases.updateOrder(ids.get(i), user.id(), i + 1);
        }
        return list(user);
    }

    private void own(long id, CurrentUser user) {
        phrases.findOwn(id, user.id()).orElseThrow(() -> ApiException.notFound("常用意见不存在"));
    }

    private static String read(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw ApiException.invalid(Map.of("text", "请填写常用意见"));
        }
        if (TextLimits.exceeds(t, TextLimits.PHRASE_TEXT)) {
            throw ApiException.invalid(Map.of("text", "常用意见不能超过" + TextLimits.PHRASE_TEXT + "个字"));
        }
        return t;
    }
}
