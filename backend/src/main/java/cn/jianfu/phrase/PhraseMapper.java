package cn.jianfu.phrase;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** A user's saved phrases (user_phrase), always read and written for one user. */
@Mapper
interface PhraseMapper {

    List<Phrase> findByUser(long userId);

    Optional<Phrase> findOwn(@Param("id") long id, @Param("userId") long userId);

    /** Locks the user's row, so that two saves at once cannot both find room for a 30th phrase. */
    Long lockUser(long userId);

    int countByUser(long userId);

    /** Appends the phrase after the user's others. */
    void insert(@Param("userId") long userId, @Param("text") String text, @Param("at") LocalDateTime at);

    int updateText(@Param("id") long id, @Param("userId") long userId, @Param("text") String text);

    int updateOrder(@Param("id") long id, @Param("userId") long userId, @Param("sortOrder") int sortOrder);

    int delete(@Param("id") long id, @Param("userId") long userId);
}
