package cn.jianfu.attachment;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AttachmentMapper {

    void insert(AttachmentRow row);

    Optional<Attachment> findById(long id);

    List<Attachment> findByOwner(@Param("ownerType") String ownerType, @Param("ownerId") long ownerId);

    int delete(long id);
}
