package cn.jianfu.search;

import org.apache.ibatis.annotations.Mapper;

/** The single-row change counter of the search index (see {@link SearchIndex}). */
@Mapper
interface SearchVersionMapper {

    long current();

    void bump();

    long lock();
}
