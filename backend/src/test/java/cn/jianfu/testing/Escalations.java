package cn.jianfu.testing;

import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.workflow.InboxService;
import cn.jianfu.workflow.InboxTask;
import java.util.ArrayList;
import java.util.List;

/**
 * Every overdue task, page by page. Tests that move the engine clock years ahead see every task
 * other tests left open as overdue too, due long before theirs: the first page is not enough.
 */
public final class Escalations {

    private Escalations() {}

    public static List<InboxTask> all(InboxService inbox) {
        List<InboxTask> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            PageResult<InboxTask> p = inbox.escalations(PageQuery.of(page, 100));
            all.addAll(p.items());
            if (p.items().isEmpty() || all.size() >= p.total()) {
                return all;
            }
        }
    }
}
