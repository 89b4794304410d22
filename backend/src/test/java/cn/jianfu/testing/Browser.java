package cn.jianfu.testing;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser's cookie jar over MockMvc: what the server sets (the session cookie above all) is sent
 * with every later request, and a cookie the server expires is dropped. Sessions live in the database
 * (Spring Session JDBC), so a request carries its login only through the cookie, as in a browser.
 */
public final class Browser {

    public static final String SESSION_COOKIE = "JSESSIONID";

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public Browser(MockMvc mvc) {
        this.mvc = mvc;
    }

    public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        ResultActions result = mvc.perform(request);
        for (Cookie set : result.andReturn().getResponse().getCookies()) {
            if (set.getMaxAge() == 0) {
                cookies.remove(set.getName());
            } else {
                cookies.put(set.getName(), set);
            }
        }
        return result;
    }

    /** The session cookie's value now, or null when there is none. */
    public String session() {
        Cookie c = cookies.get(SESSION_COOKIE);
        return c == null ? null : c.getValue();
    }
}
