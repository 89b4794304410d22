package cn.jianfu.security;

import cn.jianfu.org.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The Camunda webapps (Cockpit, Tasklist, Admin) trust our login through the container-based
 * authentication filter, but they look the user up in the engine's own identity store. An
 * administrator who logs in is therefore mirrored there (name only; the engine never sees the
 * password, which stays unusable for a direct Camunda login).
 */
@Component
class CamundaUserSync {

    static final String ADMIN_GROUP = "camunda-admin";

    private final IdentityService identity;

    CamundaUserSync(IdentityService identity) {
        this.identity = identity;
    }

    void loggedIn(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            return;
        }
        if (identity.createUserQuery().userId(user.getUsername()).count() == 0) {
            User u = identity.newUser(user.getUsername());
            // the engine's identity tables are utf8mb3: keep the name to characters they can hold
            u.setFirstName(basicPlaneOnly(user.displayName(), user.getUsername()));
            u.setLastName("");
            u.setPassword(java.util.UUID.randomUUID().toString());
            identity.saveUser(u);
        }
        if (identity.createGroupQuery().groupId(ADMIN_GROUP).count() == 0) {
            var g = identity.newGroup(ADMIN_GROUP);
            g.setName("Camunda administrators");
            g.setType("SYSTEM");
            identity.saveGroup(g);
        }
        if (identity.createUserQuery()
                        .userId(user.getUsername())
                        .memberOfGroup(ADMIN_GROUP)
                        .count()
                == 0) {
            identity.createMembership(user.getUsername(), ADMIN_GROUP);
        }
    }

    /** The name without characters outside the Basic Multilingual Plane; the fallback if none remain. */
    static String basicPlaneOnly(String name, String fallback) {
        StringBuilder kept = new StringBuilder();
        (name == null ? "" : name)
                .codePoints()
                .filter(Character::isBmpCodePoint)
                .forEach(kept::appendCodePoint);
        String result = kept.toString().strip();
        return result.isEmpty() ? fallback : result;
    }
}
