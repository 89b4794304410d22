package cn.jianfu.search;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's synonym list. Every change is audited and, after its writes, bumps the index
 * version in the same transaction, so every node searches with the new groups from its next query
 * on. Each change first locks the version row, which queues concurrent edits: two groups cannot
 * claim one word at once.
 */
@Service
class SynonymService {

    static final String SUBJECT = "SEARCH_SYNONYM";

    /** Checks terms with the plain analysis: the index must not be rebuilt in the middle of a change. */
    private static final Analysis WORDS = Analysis.withSynonyms(List.of());

    private final SynonymMapper groups;
    private final SearchStore store;
    private final SearchIndex index;
    private final AuditTrail audit;

    SynonymService(SynonymMapper groups, SearchStore store, SearchIndex index, AuditTrail audit) {
        this.groups = groups;
        this.store = store;
        this.index = index;
        this.audit = audit;
    }

    List<SynonymGroup> list() {
        return groups.findAll().stream().map(SynonymGroupRow::toGroup).toList();
    }

    @Transactional
    public SynonymGroup create(SynonymForm form, CurrentUser user) {
        store.lockForChange();
        List<String> terms = checked(form, null);
        SynonymGroupRow row = new SynonymGroupRow();
        row.terms = String.join(SynonymGroupRow.SEPARATOR, terms);
        row.createdAt = Clock.now();
        row.updatedAt = row.createdAt;
        groups.insert(row);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.SYNONYMS_ADDED,
                user.getUsername(),
                user.displayName(),
                null,
                shown(terms));
        index.markChanged();
        return row.toGroup();
    }

    @Transactional
    public SynonymGroup update(long id, SynonymForm form, CurrentUser user) {
        store.lockForChange();
        SynonymGroupRow row = groups.lockById(id).orElseThrow(() -> ApiException.notFound("同义词组不存在"));
        List<String> before = row.termList();
        List<String> terms = checked(form, id);
        row.terms = String.join(SynonymGroupRow.SEPARATOR, terms);
        row.updatedAt = Clock.now();
        groups.update(row);
        audit.record(
                SUBJECT,
                id,
                AuditAction.SYNONYMS_CHANGED,
                user.getUsername(),
                user.displayName(),
                null,
                shown(before) + " → " + shown(terms));
        index.markChanged();
        return row.toGroup();
    }

    @Transactional
    public void delete(long id, CurrentUser user) {
        store.lockForChange();
        SynonymGroupRow row = groups.lockById(id).orElseThrow(() -> ApiException.notFound("同义词组不存在"));
        groups.delete(id);
        audit.record(
                SUBJECT,
                id,
                AuditAction.SYNONYMS_DELETED,
                user.getUsername(),
                user.displayName(),
                null,
                shown(row.termList()));
        index.markChanged();
    }

    private List<String> checked(SynonymForm form, Long self) {
        List<String> terms = SynonymRules.clean(form);
        Map<Long, List<String>> others = new LinkedHashMap<>();
        groups.findAll().stream().filter(g -> !Objects.equals(g.id, self)).forEach(g -> others.put(g.id, g.termList()));
        Map<String, String> errors =
                SynonymRules.check(terms, others, index.fresh().analysis());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return terms;
    }

    private static String shown(List<String> terms) {
        return String.join("、", terms);
    }
}
