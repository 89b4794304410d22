package cn.jianfu.demo;

import cn.jianfu.security.TwoFactorExemptions;
import java.util.Set;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The demo county's administrator, office and verifier accounts sign in with their password alone,
 * so that a newcomer can try every role at once (the README says so). Real accounts with these
 * roles must set up a second factor.
 */
@Component
@Conditional(DemoDataWanted.class)
class DemoTwoFactorExemptions implements TwoFactorExemptions {

    @Override
    public Set<String> usernames() {
        return Set.of("admin", "jianfuban", "hecha");
    }
}
