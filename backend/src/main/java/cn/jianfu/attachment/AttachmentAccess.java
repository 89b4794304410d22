package cn.jianfu.attachment;

import cn.jianfu.security.CurrentUser;

/** Implemented by each feature that owns attachments: may this user read files of that subject? */
public interface AttachmentAccess {

    String ownerType();

    boolean canRead(long ownerId, CurrentUser user);
}
