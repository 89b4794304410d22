package cn.jianfu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.Browser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Who may keep a session, and who must stay an administrator. */
@JianfuTest
class AccountSecurityIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    JdbcTemplate jdbc;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    private Browser login(CurrentUser who) throws Exception {
        Browser browser = new Browser(mvc);
        browser.perform(post("/api/auth/login")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("10.5.5.5");
                            return r;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("username", who.getUsername(), "password", TestCounty.PASSWORD))))
                .andExpect(status().isOk());
        return browser;
    }

    private void change(CurrentUser who, Map<String, Object> changes, int expectedStatus) throws Exception {
        Map<String, Object> form = new HashMap<>(Map.of(
                "displayName", who.displayName(),
                "orgId", who.orgId(),
                "roles", who.roles().stream().map(Enum::name).toList(),
                "enabled", true));
        form.putAll(changes);
        mvc.perform(put("/api/users/" + who.id())
                        .with(user(c.admin()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(form)))
                .andExpect(status().is(expectedStatus));
    }

    @Test
    void changingSomeonesRolesEndsTheirOpenSessionAtOnce() throws Exception {
        Browser session = login(c.officer());
        session.perform(get("/api/clues").param("scope", "all")).andExpect(status().isOk());

        change(c.officer(), Map.of("roles", List.of("APPLICANT")), 200);

        session.perform(get("/api/clues").param("scope", "all"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("账号信息已变更，请重新登录"));
        session.perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void disablingSomeoneEndsTheirSessionAndAKeptNameChangeDoesNot() throws Exception {
        Browser reviewer = login(c.reviewer());
        change(c.reviewer(), Map.of("displayName", "陈审核（改名）"), 200);
        reviewer.perform(get("/api/auth/me")).andExpect(status().isOk());

        change(c.reviewer(), Map.of("enabled", false), 200);
        reviewer.perform(get("/api/inbox")).andExpect(status().isUnauthorized());
    }

    @Test
    void theLastEnabledAdministratorKeepsTheRole() throws Exception {
        List<Long> others = jdbc.queryForList(
                "SELECT u.id FROM app_user u JOIN app_user_role r ON r.user_id = u.id "
                        + "WHERE r.role = 'ADMIN' AND u.enabled = TRUE AND u.id <> ?",
                Long.class,
                c.admin().id());
        others.forEach(id -> jdbc.update("UPDATE app_user SET enabled = FALSE WHERE id = ?", id));
        try {
            change(c.admin(), Map.of("roles", List.of("APPLICANT")), 409);
            change(c.admin(), Map.of("enabled", false), 409);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM app_user_role WHERE user_id = ? AND role = 'ADMIN'",
                            Integer.class,
                            c.admin().id()))
                    .isEqualTo(1);
            mvc.perform(get("/api/users").with(user(c.admin()))).andExpect(status().isOk());
        } finally {
            others.forEach(id -> jdbc.update("UPDATE app_user SET enabled = TRUE WHERE id = ?", id));
        }
    }

    @Test
    void weakPasswordsAreRefusedOnTheField() throws Exception {
        change(c.applicantA(), Map.of("password", "12345678"), 400);
        mvc.perform(post("/api/users")
                        .with(user(c.admin()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "username",
                                "weak" + c.suffix(),
                                "displayName",
                                "弱密码",
                                "password",
                                "weak" + c.suffix(),
                                "orgId",
                                c.deptA().id(),
                                "roles",
                                List.of("APPLICANT")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.password").value(org.hamcrest.Matchers.containsString("用户名")));
    }
}
