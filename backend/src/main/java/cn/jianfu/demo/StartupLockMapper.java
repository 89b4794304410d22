package cn.jianfu.demo;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** A row per start-up task that only one node may do at a time (table {@code startup_lock}). */
@Mapper
interface StartupLockMapper {

    String DEMO_DATA = "demo-data";

    /** Holds the row until the transaction ends; another node asking for it waits. */
    String lock(@Param("name") String name);
}
