package cn.jianfu.admission;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApplicationMapper {

    /** How an organisation relates to an application ({@code relation} of its organisation rows). */
    String COOPERATING = "COOPERATING";

    String TOWNSHIP = "TOWNSHIP";

    String VILLAGE = "VILLAGE";

    Optional<ApplicationRow> findById(long id);

    /** The application's id, its row (alone) locked for the rest of the transaction; null when there is none. */
    Long lockRow(@Param("id") long id);

    /** The row, locked for the rest of the transaction, so two requests cannot change its state at once. */
    default Optional<ApplicationRow> lockById(long id) {
        return lockRow(id) == null ? Optional.empty() : findById(id);
    }

    Optional<ApplicationRow> findByClientToken(@Param("clientToken") String clientToken);

    List<ApplicationRow> findByIds(@Param("ids") Collection<Long> ids);

    List<ApplicationRow> search(
            @Param("q") ApplicationSearch search, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") ApplicationSearch search);

    /**
     * At most {@code limit} applications in flight (not draft, not finished) other than
     * {@code exceptId} whose name contains one of {@code patterns}: the duplicate check's candidates.
     */
    List<ApplicationRow> findInFlightLike(
            @Param("exceptId") long exceptId, @Param("patterns") List<String> patterns, @Param("limit") int limit);

    void insert(ApplicationRow row);

    int updateForm(ApplicationRow row);

    int updateStatus(
            @Param("id") long id,
            @Param("status") ApplicationStatus status,
            @Param("updatedAt") LocalDateTime updatedAt);

    int markSubmitted(ApplicationRow row);

    int markDecided(ApplicationRow row);

    /** The reviewer's or approver's reason for refusing, kept until the engine archives the refusal. */
    int setRefusalReason(
            @Param("id") long id, @Param("reason") String reason, @Param("updatedAt") LocalDateTime updatedAt);

    int updatePreCheck(ApplicationRow row);

    /** Every organisation the application names, in one query. */
    List<ApplicationOrgs.Link> findOrgLinks(@Param("applicationId") long applicationId);

    default ApplicationOrgs findOrgs(long applicationId) {
        return ApplicationOrgs.of(findOrgLinks(applicationId));
    }

    void deleteOrgs(@Param("applicationId") long applicationId);

    void insertOrg(
            @Param("applicationId") long applicationId, @Param("orgId") long orgId, @Param("relation") String relation);

    List<PreCheckFinding> findFindings(long applicationId);

    void deleteFindings(long applicationId);

    void insertFinding(@Param("applicationId") long applicationId, @Param("f") PreCheckFinding finding);
}
