package cn.jianfu.common;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ClusterLockMapper {

    /** Writes the lock's row (inserted the first time), holding it until the transaction ends. */
    void take(@Param("name") String name);

    long taken(@Param("name") String name);
}
