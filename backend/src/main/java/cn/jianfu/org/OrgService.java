package cn.jianfu.org;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations: the county's departments, offices, townships and villages. */
@Service
public class OrgService {

    private final OrgMapper orgs;

    OrgService(OrgMapper orgs) {
        this.orgs = orgs;
    }

    public List<OrgUnit> all() {
        return orgs.findAll();
    }

    public OrgUnit get(long id) {
        return orgs.findById(id).orElseThrow(() -> ApiException.notFound("机构不存在"));
    }

    public Map<Long, OrgUnit> byIds(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Map.of();
        }
        return orgs.findByIds(ids).stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
    }

    public OrgUnit byCode(String code) {
        return orgs.findByCode(code).orElseThrow(() -> ApiException.notFound("机构不存在：" + code));
    }

    /** The ids of the villages directly under a township. */
    public List<Long> villageIdsUnder(long townshipId) {
        return orgs.villageIdsUnder(townshipId);
    }

    @Transactional
    public OrgUnit create(OrgForm form) {
        checkParent(null, form.parentId());
        if (orgs.findByCode(form.code()).isPresent()) {
            throw ApiException.invalid(Map.of("code", "机构编码已被使用"));
        }
        OrgUnitRow row = toRow(form);
        row.createdAt = Clock.now();
        orgs.insert(row);
        return get(row.id);
    }

    @Transactional
    public OrgUnit update(long id, OrgForm form) {
        get(id);
        checkParent(id, form.parentId());
        orgs.findByCode(form.code()).filter(o -> o.id() != id).ifPresent(o -> {
            throw ApiException.invalid(Map.of("code", "机构编码已被使用"));
        });
        OrgUnitRow row = toRow(form);
        row.id = id;
        orgs.update(row);
        return get(id);
    }

    private void checkParent(Long id, Long parentId) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(id)) {
            throw ApiException.invalid(Map.of("parentId", "上级机构不能是自己"));
        }
        if (orgs.findById(parentId).isEmpty()) {
            throw ApiException.invalid(Map.of("parentId", "上级机构不存在"));
        }
    }

    private static OrgUnitRow toRow(OrgForm form) {
        OrgUnitRow row = new OrgUnitRow();
        row.code = form.code().trim();
        row.name = form.name().trim();
        row.type = form.type();
        row.parentId = form.parentId();
        return row;
    }
}
