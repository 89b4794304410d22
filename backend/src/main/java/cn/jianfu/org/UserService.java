package cn.jianfu.org;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.ClusterLocks;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts and their roles. Passwords follow {@link PasswordPolicy} and are stored only as
 * BCrypt hashes. Changing who someone is (enabled, roles, organisation, password) ends their open
 * sessions; the last enabled administrator cannot be disabled or lose the role.
 */
@Service
public class UserService {

    static final String LAST_ADMINISTRATOR = "至少需要保留一名启用的系统管理员";

    private final UserMapper users;
    private final OrgService orgs;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final ClusterLocks locks;

    UserService(
            UserMapper users,
            OrgService orgs,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy,
            ClusterLocks locks) {
        this.users = users;
        this.orgs = orgs;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.locks = locks;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username).map(this::toAccount);
    }

    /** People's names by user name, for lists that show who holds or did something (one query). */
    public Map<String, String> displayNames(Collection<String> usernames) {
        List<String> wanted =
                usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (UserRow row : users.findByUsernames(wanted)) {
            names.put(row.getUsername(), row.getDisplayName());
        }
        return names;
    }

    /**
     * The organisation of each user by user name (one query): who did a step, told by unit where a
     * person's name must not be shown (the anonymous reporter's view).
     */
    public Map<String, String> orgNames(Collection<String> usernames) {
        List<String> wanted =
                usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (UserRow row : users.findByUsernames(wanted)) {
            if (row.orgName != null) {
                names.put(row.getUsername(), row.orgName);
            }
        }
        return names;
    }

    /**
     * Enabled users who may be offered a task given to these engine candidate groups (role names, or
     * {@code org:<code>}), matching {@code keyword}; at most {@code limit}.
     */
    public List<UserAccount> holdersOf(Collection<String> groups, String keyword, int limit) {
        List<Role> roles = new ArrayList<>();
        List<String> orgCodes = new ArrayList<>();
        for (String group : groups) {
            if (group.startsWith("org:")) {
                orgCodes.add(group.substring(4));
            } else {
                Arrays.stream(Role.values())
                        .filter(r -> r.group().equals(group))
                        .forEach(roles::add);
            }
        }
        String k = keyword == null || keyword.isBlank() ? null : keyword.strip();
        return users.findHolders(roles, orgCodes, k, limit).stream()
                .map(this::toAccount)
                .toList();
    }

    /** Enabled users whose name, username or organisation matches {@code keyword}; at most {@code limit}. */
    public List<UserAccount> findEnabled(String keyword, int limit) {
        String k = keyword == null || keyword.isBlank() ? null : keyword.strip();
        return users.findHolders(List.of(Role.values()), List.of(), k, limit).stream()
                .map(this::toAccount)
                .toList();
    }

    public UserAccount get(long id) {
        return users.findById(id).map(this::toAccount).orElseThrow(() -> ApiException.notFound("用户不存在"));
    }

    /** Whether an open session of this account is still good; {@code null} when the account is gone. */
    public SessionState sessionState(long id) {
        return users.findSessionState(id);
    }

    public boolean hasAdministrator() {
        return users.countEnabledAdministrators() > 0;
    }

    public PageResult<UserAccount> search(String keyword, PageQuery page) {
        String k = keyword == null ? null : keyword.trim();
        return page.result(
                users.search(k, page.offset(), page.size()).stream()
                        .map(this::toAccount)
                        .toList(),
                users.count(k));
    }

    @Transactional
    public UserAccount create(UserForm form) {
        Map<String, String> errors = new HashMap<>();
        if (form.username() == null) {
            errors.put("username", "请填写用户名");
        } else if (users.findByUsername(form.username()).isPresent()) {
            errors.put("username", "用户名已被使用");
        }
        if (form.password() == null || form.password().isEmpty()) {
            errors.put("password", "请设置密码");
        } else {
            checkPassword(form.username(), form.password(), errors);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        orgs.get(form.orgId());
        UserRow row = new UserRow();
        row.username = form.username();
        row.displayName = form.displayName().trim();
        row.passwordHash = passwordEncoder.encode(form.password());
        row.orgId = form.orgId();
        row.enabled = form.enabled() == null || form.enabled();
        row.createdAt = Clock.now();
        users.insert(row);
        form.roles().forEach(r -> users.insertRole(row.id, r));
        return get(row.id);
    }

    @Transactional
    public UserAccount update(long id, UserForm form) {
        UserRow row = users.findById(id).orElseThrow(() -> ApiException.notFound("用户不存在"));
        Set<Role> rolesBefore = Set.copyOf(users.findRoles(id));
        boolean enabledBefore = row.enabled;
        boolean newPassword = form.password() != null && !form.password().isEmpty();
        if (newPassword) {
            Map<String, String> errors = new HashMap<>();
            checkPassword(row.username, form.password(), errors);
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
            row.passwordHash = passwordEncoder.encode(form.password());
        }
        orgs.get(form.orgId());
        boolean orgChanged = !Objects.equals(row.orgId, form.orgId());
        row.displayName = form.displayName().trim();
        row.orgId = form.orgId();
        if (form.enabled() != null) {
            row.enabled = form.enabled();
        }
        boolean wasAdministrator = enabledBefore && rolesBefore.contains(Role.ADMIN);
        boolean staysAdministrator = row.enabled && form.roles().contains(Role.ADMIN);
        if (wasAdministrator && !staysAdministrator) {
            requireAnotherAdministrator(id);
        }
        users.update(row);
        users.deleteRoles(id);
        form.roles().forEach(r -> users.insertRole(id, r));
        if (newPassword
                || orgChanged
                || enabledBefore != row.enabled
                || !rolesBefore.equals(Set.copyOf(form.roles()))) {
            users.bumpSessionVersion(id);
        }
        return get(id);
    }

    /** Locks the administrators so that two of them cannot remove each other at the same moment. */
    private void requireAnotherAdministrator(long id) {
        // FOR UPDATE holds on one Galera node only, and two admins removing each other write two rows
        locks.take("administrators", "enabled");
        List<Long> administrators = users.lockEnabledAdministrators();
        if (administrators.stream().noneMatch(other -> other != id)) {
            throw new ApiException(HttpStatus.CONFLICT, LAST_ADMINISTRATOR);
        }
    }

    private void checkPassword(String username, String password, Map<String, String> errors) {
        List<String> problems = policy.problems(username, password);
        if (!problems.isEmpty()) {
            errors.put("password", String.join("；", problems));
        }
    }

    private UserAccount toAccount(UserRow r) {
        return new UserAccount(
                r.id,
                r.username,
                r.displayName,
                r.passwordHash,
                r.orgId,
                r.orgCode,
                r.orgName,
                r.orgType,
                r.enabled,
                r.createdAt,
                users.findRoles(r.id),
                r.sessionVersion);
    }
}
