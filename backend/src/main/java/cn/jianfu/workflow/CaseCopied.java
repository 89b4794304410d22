package cn.jianfu.workflow;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Published when a case is copied (抄送) to people or organisations not copied before, inside that
 * transaction, so they hear of it.
 */
public record CaseCopied(
        String processKey,
        long subjectId,
        String title,
        List<Long> userIds,
        List<Long> orgIds,
        String byName,
        LocalDateTime at) {}
