package cn.jianfu.workflow;

import cn.jianfu.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Whether a case was copied (抄送) to a user or their organisation: read access for the features' checks. */
@Component
public class CopiedTo {

    private final CaseCopyMapper copies;

    CopiedTo(CaseCopyMapper copies) {
        this.copies = copies;
    }

    public boolean reads(String subjectType, long subjectId, CurrentUser user) {
        return copies.isCopiedTo(subjectType, subjectId, user.id(), user.orgId());
    }
}
