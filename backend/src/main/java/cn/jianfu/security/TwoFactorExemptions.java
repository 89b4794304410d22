package cn.jianfu.security;

import java.util.Set;

/** User names that may sign in without a second factor although their role asks for one (demo accounts). */
public interface TwoFactorExemptions {

    Set<String> usernames();
}
