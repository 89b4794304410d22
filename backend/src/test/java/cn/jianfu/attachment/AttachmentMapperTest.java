package cn.jianfu.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The attachment rows' SQL against the real MariaDB schema; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AttachmentMapperTest {

    private static final AtomicInteger KEYS = new AtomicInteger();
    private static final long OWNER = 987_654_321L;

    @Autowired
    AttachmentMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    private AttachmentRow row(String ownerType, long ownerId, String fileName) {
        AttachmentRow r = new AttachmentRow();
        r.ownerType = ownerType;
        r.ownerId = ownerId;
        r.fileName = fileName;
        r.contentType = "application/pdf";
        r.sizeBytes = 1024;
        r.sha256 = "a".repeat(64);
        r.storageKey = "attachment-mapper-test-" + KEYS.incrementAndGet();
        r.uploadedBy = "no-such-user";
        r.uploadedAt = LocalDateTime.of(2031, 5, 6, 10, 15, 30);
        return r;
    }

    private AttachmentRow inserted(String ownerType, long ownerId, String fileName) {
        AttachmentRow r = row(ownerType, ownerId, fileName);
        mapper.insert(r);
        return r;
    }

    @Test
    void insertsAndReadsBackEveryFieldWithFourByteCharactersAndSizesBeyondInt() {
        AttachmentRow r = row("CLUE", OWNER, "整改报告😀𠀀.pdf");
        r.sizeBytes = 5_000_000_000L;
        r.sha256 = "0123456789abcdef".repeat(4);
        mapper.insert(r);
        assertThat(r.id).isNotNull();

        assertThat(mapper.findById(r.id))
                .contains(new Attachment(
                        r.id,
                        "CLUE",
                        OWNER,
                        "整改报告😀𠀀.pdf",
                        "application/pdf",
                        5_000_000_000L,
                        "0123456789abcdef".repeat(4),
                        r.storageKey,
                        "no-such-user",
                        "no-such-user",
                        LocalDateTime.of(2031, 5, 6, 10, 15, 30)));
        assertThat(mapper.findById(-1)).isEmpty();
    }

    @Test
    void anUploaderIsNamedByTheirDisplayNameAndTheReporterAsSuch() {
        String code = "att-test-" + KEYS.incrementAndGet();
        jdbc.update(
                "INSERT INTO org_unit (code, name, type, created_at) VALUES (?, '县教育局', 'COUNTY_DEPT', NOW())", code);
        Long org = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, code);
        jdbc.update(
                "INSERT INTO app_user (username, display_name, password_hash, org_id, created_at)"
                        + " VALUES (?, '张𠀀明', 'x', ?, NOW())",
                code,
                org);
        AttachmentRow staff = row("CLUE", OWNER + 3, "a.pdf");
        staff.uploadedBy = code;
        mapper.insert(staff);
        AttachmentRow reporter = row("CLUE", OWNER + 3, "b.pdf");
        reporter.uploadedBy = "反映人";
        mapper.insert(reporter);

        assertThat(mapper.findByOwner("CLUE", OWNER + 3))
                .extracting(Attachment::uploadedBy, Attachment::uploadedByName)
                .containsExactly(tuple(code, "张𠀀明"), tuple("反映人", "反映人"));
    }

    @Test
    void uploadTimesAreKeptToTheSecondOnly() {
        // the connection sends no fractional seconds (sendFractionalSeconds=false, as the engine needs)
        AttachmentRow r = row("CLUE", OWNER, "a.pdf");
        r.uploadedAt = LocalDateTime.of(2031, 5, 6, 10, 15, 30, 789_000_000);
        mapper.insert(r);
        assertThat(mapper.findById(r.id).orElseThrow().uploadedAt())
                .isEqualTo(LocalDateTime.of(2031, 5, 6, 10, 15, 30));
    }

    @Test
    void anOwnersAttachmentsComeInUploadOrderAndNoOneElsesDo() {
        AttachmentRow second = inserted("CLUE", OWNER, "b.pdf");
        AttachmentRow first = row("CLUE", OWNER, "a.pdf");
        first.uploadedAt = second.uploadedAt.plusHours(1); // order is by id, not by time or name
        mapper.insert(first);
        inserted("ADMISSION_APPLICATION", OWNER, "same id, other kind of owner.pdf");
        inserted("CLUE", OWNER + 1, "other clue.pdf");

        assertThat(mapper.findByOwner("CLUE", OWNER))
                .extracting(Attachment::fileName)
                .containsExactly("b.pdf", "a.pdf");
        assertThat(mapper.findByOwner("ADMISSION_APPLICATION", OWNER))
                .extracting(Attachment::fileName)
                .containsExactly("same id, other kind of owner.pdf");
        assertThat(mapper.findByOwner("CLUE", OWNER + 2)).isEmpty();
    }

    @Test
    void deleteRemovesOneRowAndReportsWhetherThereWasOne() {
        AttachmentRow gone = inserted("CLUE", OWNER, "gone.pdf");
        AttachmentRow kept = inserted("CLUE", OWNER, "kept.pdf");
        assertThat(mapper.delete(gone.id)).isEqualTo(1);
        assertThat(mapper.delete(gone.id)).isZero();
        assertThat(mapper.findById(gone.id)).isEmpty();
        assertThat(mapper.findByOwner("CLUE", OWNER)).extracting(Attachment::id).containsExactly(kept.id);
    }

    @Test
    void aStorageKeyIsNeverUsedTwice() {
        AttachmentRow r = inserted("CLUE", OWNER, "a.pdf");
        AttachmentRow again = row("CLUE", OWNER + 1, "b.pdf");
        again.storageKey = r.storageKey;
        assertThatThrownBy(() -> mapper.insert(again)).isInstanceOf(DuplicateKeyException.class);
    }
}
