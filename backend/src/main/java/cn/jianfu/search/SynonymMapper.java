package cn.jianfu.search;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface SynonymMapper {

    List<SynonymGroupRow> findAll();

    Optional<SynonymGroupRow> findById(long id);

    /** The row, locked for the rest of the transaction. */
    Optional<SynonymGroupRow> lockById(long id);

    void insert(SynonymGroupRow row);

    int update(SynonymGroupRow row);

    int delete(long id);
}
