package cn.jianfu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.org.UserForm;
import cn.jianfu.org.UserService;
import cn.jianfu.testing.Browser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@JianfuTest
class AuthControllerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCounty counties;

    @Autowired
    UserService users;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    private String login(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    void loginStartsASessionThatCarriesTheUsersRolesAndOrganisation() throws Exception {
        Browser browser = new Browser(mvc);
        browser.perform(post("/api/auth/login")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(login(c.reviewer().getUsername(), TestCounty.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("REVIEWER"))
                .andExpect(jsonPath("$.orgName").value(c.social().name()));
        String session = browser.session();
        assertThat(session).isNotNull();
        // the session is kept in the database, where any node finds it
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?",
                        Integer.class,
                        c.reviewer().getUsername()))
                .isEqualTo(1);
        browser.perform(get("/api/auth/me"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(c.reviewer().getUsername()));
        browser.perform(get("/api/inbox")).andExpect(status().isOk());
        browser.perform(post("/api/auth/logout").with(csrf())).andExpect(status().isNoContent());
        browser.perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?",
                        Integer.class,
                        c.reviewer().getUsername()))
                .isZero();
    }

    private ResultActions attempt(String client, String username, String password) throws Exception {
        return mvc.perform(post("/api/auth/login")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content(login(username, password)));
    }

    @Test
    void aWrongPasswordIsOneClearMessageAndRepeatedFailuresSlowOnlyTheGuessingClient() throws Exception {
        String name = c.applicantB().getUsername();
        String guesser = "10.66." + c.suffix().hashCode() % 200 + ".1";
        for (int i = 0; i < 3; i++) {
            attempt(guesser, name, "wrong-password")
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.message").value("用户名或密码错误"));
        }
        // the guessing client now waits, even with the right password
        attempt(guesser, name, TestCounty.PASSWORD)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.message").value("登录失败次数较多，请1秒后再试"));
        // the owner, from their own computer, is not locked out by a stranger
        attempt("10.77.0.2", name, TestCounty.PASSWORD).andExpect(status().isOk());
        // other users are not affected
        attempt(guesser, c.applicantA().getUsername(), TestCounty.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void sprayingPasswordsAcrossUserNamesStopsTheClient() throws Exception {
        String sprayer = "10.88." + c.suffix().hashCode() % 200 + ".9";
        for (int i = 0; i < 30; i++) {
            attempt(sprayer, "nobody" + i + c.suffix(), "Spring#2026").andExpect(status().isUnauthorized());
        }
        attempt(sprayer, c.reviewer().getUsername(), TestCounty.PASSWORD)
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.message").value("登录失败次数较多，请15分钟后再试"));
        attempt("10.88.200.10", c.reviewer().getUsername(), TestCounty.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void anAdministratorWithRareCharactersInTheNameLogsInAndReachesTheEngineTools() throws Exception {
        String username = "rare" + c.suffix();
        users.create(new cn.jianfu.org.UserForm(
                username,
                "𠀾管理员😀",
                TestCounty.PASSWORD,
                c.leadership().id(),
                java.util.Set.of(cn.jianfu.org.Role.ADMIN),
                true));
        Browser browser = new Browser(mvc);
        browser.perform(post("/api/auth/login")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.99.0.1");
                            return request;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(login(username, TestCounty.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("𠀾管理员😀"));
        browser.perform(get("/api/auth/me")).andExpect(status().isOk());
    }

    @Test
    void changesWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/api/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(login(c.applicantA().getUsername(), TestCounty.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("页面已过期，请刷新后重试"));
    }

    @Test
    void unknownAndDisabledAccountsGetTheSameAnswer() throws Exception {
        mvc.perform(post("/api/auth/login")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(login("nobody-" + c.suffix(), TestCounty.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("用户名或密码错误"));
        var v = c.villager();
        users.update(v.id(), new UserForm(null, v.displayName(), null, v.orgId(), v.roles(), false));
        mvc.perform(post("/api/auth/login")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(login(v.getUsername(), TestCounty.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("用户名或密码错误"));
    }
}
