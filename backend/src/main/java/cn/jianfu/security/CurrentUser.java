package cn.jianfu.security;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.Role;
import cn.jianfu.org.UserAccount;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as the rest of the application sees it: identity, organisation and roles. */
public final class CurrentUser implements UserDetails, Serializable {

    private final long id;
    private final String username;
    private final String displayName;
    private final transient String passwordHash;
    private final long orgId;
    private final String orgCode;
    private final String orgName;
    private final OrgType orgType;
    private final Set<Role> roles;
    private final boolean enabled;
    private final int sessionVersion;

    public CurrentUser(UserAccount account) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.orgId = account.orgId();
        this.orgCode = account.orgCode();
        this.orgName = account.orgName();
        this.orgType = account.orgType();
        this.roles = Set.copyOf(account.roles());
        this.enabled = account.enabled();
        this.sessionVersion = account.sessionVersion();
    }

    /** The user of the current request; 401 when nobody is logged in. */
    public static CurrentUser get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw new ApiException(org.springframework.http.HttpStatus.UNAUTHORIZED, "请先登录");
    }

    public long id() {
        return id;
    }

    /** The account's version when this session began; a change to the account ends the session. */
    public int sessionVersion() {
        return sessionVersion;
    }

    public String displayName() {
        return displayName;
    }

    public long orgId() {
        return orgId;
    }

    public String orgCode() {
        return orgCode;
    }

    public String orgName() {
        return orgName;
    }

    public OrgType orgType() {
        return orgType;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** The engine candidate groups this user belongs to: every role, plus the organisation. */
    public List<String> candidateGroups() {
        Set<String> groups = new LinkedHashSet<>();
        roles.forEach(r -> groups.add(r.group()));
        groups.add(orgGroup(orgCode));
        return List.copyOf(groups);
    }

    public static String orgGroup(String orgCode) {
        return "org:" + orgCode;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
