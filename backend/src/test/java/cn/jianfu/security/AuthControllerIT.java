package cn.jianfu.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.org.UserForm;
import cn.jianfu.org.UserService;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@JianfuTest
class AuthControllerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCounty counties;

    @Autowired
    UserService users;

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
        MvcResult result = mvc.perform(post("/api/auth/login")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(login(c.reviewer().getUsername(), TestCounty.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("REVIEWER"))
                .andExpect(jsonPath("$.orgName").value(c.social().name()))
                .andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(get("/api/auth/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(c.reviewer().getUsername()));
        mvc.perform(get("/api/inbox").session(session)).andExpect(status().isOk());
        mvc.perform(post("/api/auth/logout").session(session).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongPasswordIsOneClearMessageAndRepeatedFailuresAreThrottled() throws Exception {
        String name = c.applicantB().getUsername();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/auth/login")
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(login(name, "wrong-password")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.message").value("用户名或密码错误"));
        }
        // even the right password is refused while the name is locked
        mvc.perform(post("/api/auth/login")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(login(name, TestCounty.PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.message").value("登录失败次数过多，请15分钟后再试"));
        // other users are not affected
        mvc.perform(post("/api/auth/login")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(login(c.applicantA().getUsername(), TestCounty.PASSWORD)))
                .andExpect(status().isOk());
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
