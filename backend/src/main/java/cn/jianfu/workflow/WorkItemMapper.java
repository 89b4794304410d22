package cn.jianfu.workflow;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The inbox's read model (V42): open tasks, their candidate groups, and the tasks people ended. */
@Mapper
interface WorkItemMapper {

    int update(@Param("w") WorkItem item);

    void insert(@Param("w") WorkItem item);

    void deleteGroups(@Param("taskId") String taskId);

    void insertGroups(@Param("taskId") String taskId, @Param("groups") Collection<String> groups);

    void delete(@Param("taskId") String taskId);

    void deleteAccess(@Param("taskId") String taskId);

    void insertAccess(@Param("w") WorkItem item, @Param("principals") Collection<String> principals);

    List<String> principalsOf(@Param("taskId") String taskId);

    void setAccessUnit(@Param("taskId") String taskId, @Param("unitId") Long unitId);

    void insertDone(@Param("w") WorkItem item);

    void countDoneUp(@Param("assignee") String assignee);

    /** The person's count of work_done rows; null when they have none. */
    Long doneCountOf(@Param("assignee") String assignee);

    void clearDoneCounts();

    void recountDone();

    void setUnit(@Param("taskId") String taskId, @Param("unitId") Long unitId);

    List<WorkItem> open(@Param("q") WorkItemQuery query);

    long countOpen(@Param("q") WorkItemQuery query);

    List<WorkItem> done(@Param("q") WorkItemQuery query);

    long countDone(@Param("q") WorkItemQuery query);

    /** The open rows of a process instance, for checks against the engine. */
    List<WorkItem> openOf(@Param("processInstanceId") String processInstanceId);

    List<String> groupsOf(@Param("taskId") String taskId);

    /** The done rows of a process instance, for checks against the engine's history. */
    List<WorkItem> doneOf(@Param("processInstanceId") String processInstanceId);

    // start-up repair from the engine's tables

    int fillOpen();

    int fillGroups();

    int fillAccessOfHeld();

    int fillAccessOfUnclaimed();

    List<String> openTaskIds();

    List<String> engineTaskIds();

    void dropGroupsOf(@Param("taskIds") Collection<String> taskIds);

    void dropAccessOf(@Param("taskIds") Collection<String> taskIds);

    int dropItems(@Param("taskIds") Collection<String> taskIds);

    int fillDone(@Param("since") LocalDateTime since);
}
