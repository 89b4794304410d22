package cn.jianfu.listreview;

import cn.jianfu.common.ApiException;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskSubjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** How the inbox and the deadline audit see reviews. */
@Component
class ListReviewTaskSubjects implements TaskSubjects {

    private final ListReviewMapper reviews;

    ListReviewTaskSubjects(ListReviewMapper reviews) {
        this.reviews = reviews;
    }

    @Override
    public String processKey() {
        return ListReviewProcess.KEY;
    }

    @Override
    public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
        Map<String, TaskSubject> result = new HashMap<>();
        List<Long> ids = businessKeys.stream().map(Long::parseLong).toList();
        if (!ids.isEmpty()) {
            reviews.findByIds(ids)
                    .forEach(r -> result.put(
                            String.valueOf(r.id),
                            new TaskSubject("复评：" + r.listNo + "《" + r.itemName + "》", r.leadOrgId, r.leadOrgName)));
        }
        return result;
    }

    /** Nobody reviews or approves the proposal they made themselves. */
    @Override
    public void checkMayAct(String businessKey, String taskKey, CurrentUser user) {
        if (ListReviewProcess.TASK_PROPOSE.equals(taskKey)) {
            return;
        }
        reviews.findById(Long.parseLong(businessKey))
                .filter(r -> user.getUsername().equals(r.proposedBy))
                .ifPresent(r -> {
                    throw ApiException.forbidden("不能审核或审批本人提出的复评意见");
                });
    }

    @Override
    public String subjectType() {
        return ListReviewProcess.SUBJECT;
    }

    @Override
    public String escalatedTo(String activityId) {
        return "减负办";
    }
}
