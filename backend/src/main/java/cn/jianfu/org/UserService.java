package cn.jianfu.org;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts and their roles. Passwords are stored only as BCrypt hashes. */
@Service
public class UserService {

    static final int MIN_PASSWORD = 8;

    private final UserMapper users;
    private final OrgService orgs;
    private final PasswordEncoder passwordEncoder;

    UserService(UserMapper users, OrgService orgs, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.orgs = orgs;
        this.passwordEncoder = passwordEncoder;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username).map(this::toAccount);
    }

    public UserAccount get(long id) {
        return users.findById(id).map(this::toAccount).orElseThrow(() -> ApiException.notFound("用户不存在"));
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
        if (form.password() == null || form.password().length() < MIN_PASSWORD) {
            errors.put("password", "密码至少" + MIN_PASSWORD + "位");
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
        if (form.password() != null && !form.password().isBlank()) {
            if (form.password().length() < MIN_PASSWORD) {
                throw ApiException.invalid(Map.of("password", "密码至少" + MIN_PASSWORD + "位"));
            }
            row.passwordHash = passwordEncoder.encode(form.password());
        }
        orgs.get(form.orgId());
        row.displayName = form.displayName().trim();
        row.orgId = form.orgId();
        if (form.enabled() != null) {
            row.enabled = form.enabled();
        }
        users.update(row);
        users.deleteRoles(id);
        form.roles().forEach(r -> users.insertRole(id, r));
        return get(id);
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
                users.findRoles(r.id));
    }
}
