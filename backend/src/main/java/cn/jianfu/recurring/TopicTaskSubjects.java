package cn.jianfu.recurring;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskSubjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** How the inbox and the deadline audit see special topics. */
@Component
class TopicTaskSubjects implements TaskSubjects {

    private final RecurringMapper mapper;

    TopicTaskSubjects(RecurringMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String processKey() {
        return SpecialTopicProcess.KEY;
    }

    @Override
    public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
        Map<String, TaskSubject> result = new HashMap<>();
        for (String key : businessKeys) {
            mapper.findTopic(Long.parseLong(key))
                    .ifPresent(t -> result.put(key, new TaskSubject("专项治理：" + t.title, t.leadOrgId, t.leadOrgName)));
        }
        return result;
    }

    /** The office accepts what the lead unit reports; the candidate groups already say who may act. */
    @Override
    public void checkMayAct(String businessKey, String taskKey, CurrentUser user) {}

    @Override
    public String subjectType() {
        return SpecialTopicProcess.SUBJECT;
    }

    @Override
    public String escalatedTo(String activityId) {
        return "减负办";
    }
}
