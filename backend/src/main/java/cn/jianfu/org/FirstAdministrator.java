package cn.jianfu.org;

import cn.jianfu.common.ApiException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh production database has nobody who can log in. When no enabled administrator exists and
 * {@code jianfu.first-admin.username} / {@code .password} are set (env {@code JIANFU_ADMIN_USERNAME},
 * {@code JIANFU_ADMIN_PASSWORD}), this creates that administrator once, with an organisation of
 * its own; afterwards the settings are ignored and can be removed. Safe when two nodes start
 * together: the second one finds the user name taken and leaves it.
 */
@Component
@Order(100) // after the demo county, which brings its own administrator
class FirstAdministrator implements ApplicationRunner {

    static final String ORG_CODE = "SYSTEM";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserService users;
    private final OrgService orgs;
    private final TransactionTemplate transaction;
    private final FirstAdminSettings settings;

    FirstAdministrator(
            UserService users, OrgService orgs, TransactionTemplate transaction, FirstAdminSettings settings) {
        this.users = users;
        this.orgs = orgs;
        this.transaction = transaction;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasAdministrator()) {
            return;
        }
        if (settings.username().isBlank() || settings.password().isBlank()) {
            log.warn("No enabled administrator exists. Set JIANFU_ADMIN_USERNAME and JIANFU_ADMIN_PASSWORD "
                    + "once to create the first one (see README).");
            return;
        }
        try {
            transaction.executeWithoutResult(tx -> create());
            log.info(
                    "Created the first administrator '{}'. Remove JIANFU_ADMIN_PASSWORD from the environment.",
                    settings.username());
        } catch (DuplicateKeyException e) {
            log.info("The first administrator was created by another node");
        } catch (ApiException e) {
            log.error("The first administrator was not created: {} {}", e.getMessage(), e.fieldErrors());
        }
    }

    private void create() {
        OrgUnit org = orgs.all().stream()
                .filter(o -> ORG_CODE.equals(o.code()))
                .findFirst()
                .orElseGet(
                        () -> orgs.create(new OrgForm(ORG_CODE, settings.orgName(), OrgType.LEADERSHIP_OFFICE, null)));
        users.create(new UserForm(
                settings.username(), settings.displayName(), settings.password(), org.id(), Set.of(Role.ADMIN), true));
    }

    /** The one-time settings, read from {@code jianfu.first-admin.*}. */
    @Component
    static final class FirstAdminSettings {
        private final String username;
        private final String password;
        private final String displayName;
        private final String orgName;

        FirstAdminSettings(
                @Value("${jianfu.first-admin.username:}") String username,
                @Value("${jianfu.first-admin.password:}") String password,
                @Value("${jianfu.first-admin.display-name:系统管理员}") String displayName,
                @Value("${jianfu.first-admin.org-name:系统管理}") String orgName) {
            this.username = username.strip();
            this.password = password;
            this.displayName = displayName;
            this.orgName = orgName;
        }

        String username() {
            return username;
        }

        String password() {
            return password;
        }

        String displayName() {
            return displayName;
        }

        String orgName() {
            return orgName;
        }
    }
}
