package cn.jianfu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;

@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AuditMapperTest {

    @Autowired
    AuditMapper mapper;

    @Test
    void entriesComeBackInTheOrderTheyWereWrittenForTheirSubjectOnly() {
        LocalDateTime t = LocalDateTime.of(2026, 5, 1, 9, 0);
        mapper.insert(new AuditEntry(null, "T", 424242L, AuditAction.SUBMITTED, "u1", "甲", null, null, t));
        mapper.insert(new AuditEntry(null, "T", 424242L, AuditAction.REVIEWED, "u2", "乙", "RETURN", "请补充", t));
        mapper.insert(new AuditEntry(null, "T", 434343L, AuditAction.CREATED, "u1", "甲", null, null, t));
        var history = mapper.findBySubject("T", 424242L);
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.SUBMITTED, AuditAction.REVIEWED);
        assertThat(history.get(1).decision()).isEqualTo("RETURN");
        assertThat(history.get(1).comment()).isEqualTo("请补充");
        assertThat(history.get(1).actionLabel()).isEqualTo("审核");
        assertThat(history.get(0).at()).isEqualTo(t);
    }
}
