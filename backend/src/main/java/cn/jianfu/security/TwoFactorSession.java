package cn.jianfu.security;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;

/** What a session knows about the second factor: a password checked and a code awaited, or a code given. */
final class TwoFactorSession {

    static final String VERIFIED = "jianfu.twoFactor.verified";
    private static final String PENDING_USER = "jianfu.twoFactor.pendingUser";
    private static final String PENDING_SINCE = "jianfu.twoFactor.pendingSince";
    static final Duration PENDING_FOR = Duration.ofMinutes(5);

    private TwoFactorSession() {}

    static void awaitCode(HttpSession session, String username) {
        session.setAttribute(PENDING_USER, username);
        session.setAttribute(PENDING_SINCE, Instant.now());
    }

    /** The user whose password was right a moment ago in this session; {@code null} when none or too long ago. */
    static String pendingUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        Object user = session.getAttribute(PENDING_USER);
        Object since = session.getAttribute(PENDING_SINCE);
        if (!(user instanceof String name) || !(since instanceof Instant at)) {
            return null;
        }
        return at.plus(PENDING_FOR).isAfter(Instant.now()) ? name : null;
    }

    static void clearPending(HttpSession session) {
        session.removeAttribute(PENDING_USER);
        session.removeAttribute(PENDING_SINCE);
    }

    static void verified(HttpSession session) {
        session.setAttribute(VERIFIED, Boolean.TRUE);
    }

    static boolean isVerified(HttpSession session) {
        return session != null && Boolean.TRUE.equals(session.getAttribute(VERIFIED));
    }
}
