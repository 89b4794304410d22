package cn.jianfu.workflow;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Locks an engine task's row for the rest of the transaction. Changes the engine makes through its
 * public API re-read the task first, so two people handing the same task on at once would both
 * succeed; whoever locks second sees the revision the first one left and is refused.
 */
@Mapper
interface TaskLockMapper {

    /** The task's revision, its row locked until the transaction ends; null when it is gone. */
    Integer lockRevision(@Param("taskId") String taskId);
}
