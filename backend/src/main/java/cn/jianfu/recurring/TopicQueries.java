package cn.jianfu.recurring;

import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskActions;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** The office, verifiers and leadership see every topic; a lead unit its own. */
@Service
class TopicQueries {

    private final RecurringMapper mapper;
    private final AuditTrail audit;
    private final TaskActions actions;

    TopicQueries(RecurringMapper mapper, AuditTrail audit, TaskActions actions) {
        this.mapper = mapper;
        this.audit = audit;
        this.actions = actions;
    }

    PageResult<TopicSummary> list(PageQuery page, CurrentUser user) {
        Long lead = seesAll(user) ? null : user.orgId();
        return page.result(
                mapper.topics(lead, page.offset(), page.size()).stream()
                        .map(TopicSummary::of)
                        .toList(),
                mapper.countTopics(lead));
    }

    TopicDetail get(long id, CurrentUser user) {
        TopicRow t = mapper.findTopic(id).orElseThrow(() -> ApiException.notFound("专项治理不存在"));
        if (!seesAll(user) && user.orgId() != t.leadOrgId) {
            throw ApiException.notFound("专项治理不存在");
        }
        Task task = actions.open(SpecialTopicProcess.KEY, String.valueOf(id), SpecialTopicProcess.TASK_RECTIFY);
        if (task == null) {
            task = actions.open(SpecialTopicProcess.KEY, String.valueOf(id), SpecialTopicProcess.TASK_ACCEPT);
        }
        return new TopicDetail(
                t.id,
                t.title,
                t.description,
                t.leadOrgId,
                t.leadOrgName,
                t.deadline,
                t.status,
                t.createdAt,
                t.closedAt,
                mapper.linkedClues(id),
                mapper.reports(id),
                task == null ? null : task.getId(),
                task == null ? null : task.getTaskDefinitionKey(),
                audit.history(SpecialTopicProcess.SUBJECT, id));
    }

    private static boolean seesAll(CurrentUser user) {
        return user.hasAny(Role.OFFICE, Role.ADMIN, Role.APPROVER, Role.VERIFIER);
    }
}
