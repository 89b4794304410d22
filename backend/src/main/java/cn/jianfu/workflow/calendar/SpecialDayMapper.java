package cn.jianfu.workflow.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SpecialDayMapper {

    /** The special days from {@code from} to {@code to}, both included, by date. */
    List<SpecialDayRow> findBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    Optional<SpecialDayRow> findByDate(LocalDate date);

    /** The row, locked for the rest of the transaction. */
    Optional<SpecialDayRow> lockById(long id);

    void insert(SpecialDayRow row);

    int update(SpecialDayRow row);

    int delete(long id);
}
