package cn.jianfu.burden;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many hours a month a village can carry: the county-wide figure (a row of county_setting, so
 * every node reads the same one) unless the village has its own. The office and administrators
 * change both; each change is in the audit trail.
 */
@Service
public class CountyCapacity {

    static final String SETTING = "burden.capacity-hours-per-month";
    static final String SUBJECT = "BURDEN";
    static final BigDecimal MAX = new BigDecimal("744");

    private final BurdenMapper burden;
    private final OrgService orgs;
    private final AuditTrail audit;

    CountyCapacity(BurdenMapper burden, OrgService orgs, AuditTrail audit) {
        this.burden = burden;
        this.orgs = orgs;
        this.audit = audit;
    }

    /** The county-wide capacity, hours per village per month. */
    public BigDecimal countyWide() {
        return burden.findSetting(SETTING).map(BigDecimal::new).orElse(new BigDecimal("120"));
    }

    @Transactional
    BigDecimal changeCountyWide(BigDecimal hours, CurrentUser user) {
        requireManager(user);
        BigDecimal value = valid(hours, true);
        burden.updateSetting(SETTING, value.toPlainString(), Clock.now());
        audit.record(
                SUBJECT,
                0,
                AuditAction.CAPACITY_CHANGED,
                user.getUsername(),
                user.displayName(),
                null,
                "全县统一承载力改为每村每月 " + value.toPlainString() + " 小时");
        return value;
    }

    /** Sets a village's own capacity, or clears it ({@code null}) so the county-wide one applies again. */
    @Transactional
    void changeVillage(long villageId, BigDecimal hours, CurrentUser user) {
        requireManager(user);
        OrgUnit village = orgs.get(villageId);
        if (village.type() != OrgType.VILLAGE) {
            throw ApiException.notFound("没有这个村(社区)");
        }
        BigDecimal value = hours == null ? null : valid(hours, false);
        burden.updateVillageCapacity(villageId, value);
        audit.record(
                SUBJECT,
                villageId,
                AuditAction.CAPACITY_CHANGED,
                user.getUsername(),
                user.displayName(),
                null,
                village.name() + (value == null ? "改用全县统一承载力" : "承载力改为每月 " + value.toPlainString() + " 小时"));
    }

    static void requireManager(CurrentUser user) {
        if (!user.hasAny(Role.OFFICE, Role.ADMIN)) {
            throw ApiException.forbidden("只有减负办和系统管理员可以调整承载力");
        }
    }

    private static BigDecimal valid(BigDecimal hours, boolean required) {
        if (hours == null && required) {
            throw ApiException.invalid(java.util.Map.of("hoursPerMonth", "请填写每村每月可承载的工时"));
        }
        if (hours.signum() <= 0
                || hours.compareTo(MAX) > 0
                || hours.stripTrailingZeros().scale() > 1) {
            throw ApiException.invalid(java.util.Map.of("hoursPerMonth", "承载力应为大于0、不超过744的小时数，最多一位小数"));
        }
        return hours.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }
}
