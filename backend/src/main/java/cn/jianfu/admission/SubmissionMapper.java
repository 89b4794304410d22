package cn.jianfu.admission;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The snapshots of an application taken at each submission. */
@Mapper
interface SubmissionMapper {

    void insert(SubmissionRow row);

    int countFor(long applicationId);

    /** The last two submissions, newest first. */
    List<SubmissionRow> lastTwo(long applicationId);
}
