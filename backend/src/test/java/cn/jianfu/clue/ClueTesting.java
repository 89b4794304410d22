package cn.jianfu.clue;

import cn.jianfu.org.OrgForm;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.org.UserForm;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** What the clue tests add to a {@link TestCounty}: a verifier, and finding the open clue tasks. */
class ClueTesting {

    static final String NAME = "张秘密";
    static final String PHONE = "13912345678";

    private final OrgService orgs;
    private final UserService users;
    private final TaskService tasks;

    ClueTesting(OrgService orgs, UserService users, TaskService tasks) {
        this.orgs = orgs;
        this.users = users;
        this.tasks = tasks;
    }

    /** A verifier of the discipline inspection commission (纪委监委) of the county. */
    CurrentUser verifier(County c) {
        OrgUnit org = orgs.create(new OrgForm("D" + c.suffix(), "县纪委监委" + c.suffix(), OrgType.DISCIPLINE, null));
        users.create(new UserForm(
                "ver" + c.suffix(), "ver" + c.suffix(), TestCounty.PASSWORD, org.id(), Set.of(Role.VERIFIER), true));
        return new CurrentUser(users.findByUsername("ver" + c.suffix()).orElseThrow());
    }

    static ClueForm form(County c, String description) {
        return new ClueForm(
                ClueCategory.FINGERTIP_FORMALISM,
                null,
                c.deptA().id(),
                null,
                c.village1().name(),
                "2026年3月以来",
                description,
                true,
                null,
                null);
    }

    static ClueForm named(County c, String description) {
        return new ClueForm(
                ClueCategory.FINGERTIP_FORMALISM,
                null,
                c.deptA().id(),
                null,
                c.village1().name(),
                "上个月",
                description,
                false,
                NAME,
                PHONE);
    }

    /** The one open task of the clue at {@code taskKey}, for the unit (org code) when given. */
    Task task(long clueId, String taskKey, OrgUnit unit) {
        var q = tasks.createTaskQuery()
                .processDefinitionKey(ClueProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(clueId))
                .taskDefinitionKey(taskKey);
        if (unit != null) {
            q = q.taskCandidateGroup(CurrentUser.orgGroup(unit.code()));
        }
        return q.singleResult();
    }

    String taskId(long clueId, String taskKey) {
        Task t = task(clueId, taskKey, null);
        if (t == null) {
            throw new AssertionError("no open task " + taskKey + " for clue " + clueId);
        }
        return t.getId();
    }

    String taskId(long clueId, String taskKey, OrgUnit unit) {
        Task t = task(clueId, taskKey, unit);
        if (t == null) {
            throw new AssertionError("no open task " + taskKey + " of " + unit.name() + " for clue " + clueId);
        }
        return t.getId();
    }
}
