package cn.jianfu.workflow;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.common.TextLimits;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.UserAccount;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抄送: a case copied to people or organisations, who may read it (not act on it) and find it
 * under 抄送我的. The features decide who may copy their cases and call this inside their own
 * transaction, after locking the case.
 */
@Service
public class CaseCopies {

    static final int MAX_RECIPIENTS = 20;

    private final CaseCopyMapper copies;
    private final UserService users;
    private final OrgService orgs;
    private final Map<String, TaskSubjects> subjects;
    private final ApplicationEventPublisher events;

    CaseCopies(
            CaseCopyMapper copies,
            UserService users,
            OrgService orgs,
            List<TaskSubjects> subjects,
            ApplicationEventPublisher events) {
        this.events = events;
        this.copies = copies;
        this.users = users;
        this.orgs = orgs;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjects::subjectType, Function.identity()));
    }

    /**
     * Copies the case to the named people and organisations not copied before; answers whom, in words
     * for the case's history. Unknown or disabled recipients 400; nothing new to copy 409.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String copy(
            String subjectType, long subjectId, Collection<String> usernames, Collection<Long> orgIds, CurrentUser by) {
        Set<String> names = usernames == null ? new LinkedHashSet<>() : new LinkedHashSet<>(usernames);
        Set<Long> orgIdSet = orgIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(orgIds);
        if (orgIdSet.contains(null)) {
            throw ApiException.invalid(Map.of("orgIds", "所选单位不存在"));
        }
        if (names.isEmpty() && orgIdSet.isEmpty()) {
            throw ApiException.invalid(Map.of("usernames", "请选择抄送的人员或单位"));
        }
        if (names.size() + orgIdSet.size() > MAX_RECIPIENTS) {
            throw ApiException.invalid(Map.of("usernames", "一次最多抄送" + MAX_RECIPIENTS + "个人员或单位"));
        }
        List<UserAccount> people = new ArrayList<>();
        for (String name : names) {
            UserAccount a = name == null
                    ? null
                    : users.findByUsername(name).filter(UserAccount::enabled).orElse(null);
            if (a == null) {
                throw ApiException.invalid(Map.of("usernames", "没有这个用户，或该账号已停用：" + name));
            }
            if (a.id() == by.id()) {
                throw ApiException.invalid(Map.of("usernames", "不能抄送给自己"));
            }
            people.add(a);
        }
        Map<Long, OrgUnit> units = orgs.byIds(orgIdSet);
        if (units.size() != orgIdSet.size()) {
            throw ApiException.invalid(Map.of("orgIds", "所选单位不存在"));
        }
        List<Long> doneUsers = copies.findUserIds(subjectType, subjectId);
        List<Long> doneOrgs = copies.findOrgIds(subjectType, subjectId);
        List<String> copied = new ArrayList<>();
        List<Long> newUsers = new ArrayList<>();
        List<Long> newOrgs = new ArrayList<>();
        LocalDateTime now = Clock.now();
        try {
            for (UserAccount a : people) {
                if (!doneUsers.contains(a.id())) {
                    copies.insert(subjectType, subjectId, a.id(), null, by.id(), now);
                    copied.add(a.displayName() + "（" + a.orgName() + "）");
                    newUsers.add(a.id());
                }
            }
            for (OrgUnit o : units.values()) {
                if (!doneOrgs.contains(o.id())) {
                    copies.insert(subjectType, subjectId, null, o.id(), by.id(), now);
                    copied.add(o.name());
                    newOrgs.add(o.id());
                }
            }
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("刚刚已有人抄送了同样的人员或单位，请刷新后查看");
        }
        if (copied.isEmpty()) {
            throw ApiException.conflict("所选人员或单位都已抄送过");
        }
        announce(subjectType, subjectId, newUsers, newOrgs, by, now);
        return "抄送给：" + String.join("、", copied);
    }

    private void announce(
            String subjectType,
            long subjectId,
            List<Long> userIds,
            List<Long> orgIds,
            CurrentUser by,
            LocalDateTime at) {
        TaskSubjects owner = subjects.get(subjectType);
        if (owner == null) {
            return;
        }
        String key = String.valueOf(subjectId);
        TaskSubjects.TaskSubject s = owner.describe(List.of(key)).get(key);
        events.publishEvent(new CaseCopied(
                owner.processKey(), subjectId, s == null ? null : s.title(), userIds, orgIds, by.displayName(), at));
    }

    /**
     * People a case may be copied to: enabled users other than the user matching {@code keyword}
     * (name, username or organisation). A keyword is required, so the directory is not listed whole.
     */
    public List<TaskHolder> people(String keyword, CurrentUser user) {
        String k = keyword == null ? "" : keyword.strip();
        if (k.isEmpty()) {
            throw ApiException.invalid(Map.of("keyword", "请输入姓名、用户名或单位名称查找"));
        }
        if (TextLimits.exceeds(k, TextLimits.DISPLAY_NAME)) {
            throw ApiException.invalid(Map.of("keyword", "关键字不能超过" + TextLimits.DISPLAY_NAME + "个字"));
        }
        return users.findEnabled(k, MAX_RECIPIENTS + 1).stream()
                .filter(a -> a.id() != user.id())
                .limit(MAX_RECIPIENTS)
                .map(a -> new TaskHolder(a.username(), a.displayName(), a.orgName()))
                .toList();
    }

    /** 抄送我的: cases copied to the user or their organisation, newest first. */
    public PageResult<CopyRow> copiedTo(CurrentUser user, PageQuery page) {
        List<CopiedCase> rows = copies.findCopiedTo(user.id(), user.orgId(), page.offset(), page.size());
        Map<String, Map<String, TaskSubjects.TaskSubject>> described = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(r -> r.subjectType)).forEach((type, list) -> {
            TaskSubjects owner = subjects.get(type);
            described.put(
                    type,
                    owner == null
                            ? Map.of()
                            : owner.describe(list.stream()
                                    .map(r -> String.valueOf(r.subjectId))
                                    .toList()));
        });
        List<CopyRow> items = rows.stream()
                .map(r -> {
                    TaskSubjects owner = subjects.get(r.subjectType);
                    TaskSubjects.TaskSubject s = described.get(r.subjectType).get(String.valueOf(r.subjectId));
                    return new CopyRow(
                            owner == null ? null : owner.processKey(),
                            r.subjectId,
                            s == null ? null : s.title(),
                            s == null ? null : s.orgName(),
                            r.copiedByName,
                            r.copiedAt);
                })
                .toList();
        return page.result(items, copies.countCopiedTo(user.id(), user.orgId()));
    }
}
