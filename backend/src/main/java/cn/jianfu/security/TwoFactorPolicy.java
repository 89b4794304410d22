package cn.jianfu.security;

import cn.jianfu.org.Role;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who must sign in with a second factor: everyone who can see reporters' identities — the
 * administrators, the burden-reduction office and the verifiers — unless exempted by name
 * ({@code jianfu.two-factor.exempt-users}, or the demo county's own accounts). Anyone else may
 * enable it. {@code jianfu.two-factor.enforce=false} turns the obligation off (tests only).
 */
@Component
class TwoFactorPolicy {

    private final boolean enforce;
    private final Set<String> exempt = new HashSet<>();

    TwoFactorPolicy(
            @Value("${jianfu.two-factor.enforce:true}") boolean enforce,
            @Value("${jianfu.two-factor.exempt-users:}") String exemptUsers,
            List<TwoFactorExemptions> exemptions) {
        this.enforce = enforce;
        Arrays.stream(exemptUsers.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(exempt::add);
        exemptions.forEach(e -> exempt.addAll(e.usernames()));
    }

    boolean required(CurrentUser user) {
        return enforce && user.hasAny(Role.ADMIN, Role.OFFICE, Role.VERIFIER) && !exempt.contains(user.getUsername());
    }
}
