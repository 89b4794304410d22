package cn.jianfu.admission;

import cn.jianfu.burden.BurdenProjection;
import cn.jianfu.burden.ProjectedLoad;
import cn.jianfu.security.CurrentUser;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What an application would put on the villages it reaches, as of now: every village with its load
 * today (without the application's own item once it is admitted) and with the new item, so that reviewers see it before deciding (the pre-check keeps only
 * the villages it would push over).
 */
@Service
class ApplicationBurden {

    private final ApplicationAccess access;
    private final ApplicationMapper applications;
    private final BurdenProjection projection;

    ApplicationBurden(ApplicationAccess access, ApplicationMapper applications, BurdenProjection projection) {
        this.access = access;
        this.applications = applications;
        this.projection = projection;
    }

    List<ProjectedLoad> projected(long id, CurrentUser user) {
        ApplicationRow row = access.readable(id, user);
        List<Long> targets = applications.findOrgs(id).targets();
        BigDecimal hours = row.workloadHoursPerMonth == null ? BigDecimal.ZERO : row.workloadHoursPerMonth;
        return projection.project(row.targetScope != TargetScope.SELECTED, targets, hours, row.id);
    }
}
