package cn.jianfu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@JianfuTest
class AdminApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    UserService users;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    @Test
    void onlyAdministratorsManageUsersAndOrganisations() throws Exception {
        mvc.perform(get("/api/users").with(user(c.reviewer()))).andExpect(status().isForbidden());
        mvc.perform(post("/api/orgs")
                        .with(user(c.applicantA()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"X1\",\"name\":\"x\",\"type\":\"VILLAGE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/camunda/app/cockpit/").with(user(c.applicantA()))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorCreatesAUserWhosePasswordIsStoredAsBcryptAndNeverShown() throws Exception {
        String name = "new" + c.suffix();
        var form = Map.of(
                "username",
                name,
                "displayName",
                "新用户",
                "password",
                "Secret@123",
                "orgId",
                c.deptB().id(),
                "roles",
                List.of("APPLICANT"));
        mvc.perform(post("/api/users")
                        .with(user(c.admin()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(form)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0]").value("APPLICANT"))
                .andExpect(content().string(not(containsString("password"))));
        UserAccount saved = users.findByUsername(name).orElseThrow();
        assertThat(saved.passwordHash()).startsWith("$2").isNotEqualTo("Secret@123");
        assertThat(encoder.matches("Secret@123", saved.passwordHash())).isTrue();

        mvc.perform(post("/api/users")
                        .with(user(c.admin()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(form)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.username").value("用户名已被使用"));
    }

    @Test
    void invalidUsersAndOrganisationsAreRefusedWithFieldMessages() throws Exception {
        mvc.perform(post("/api/users")
                        .with(user(c.admin()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"a b\",\"displayName\":\"\",\"password\":\"short\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.displayName").value("请填写姓名"))
                .andExpect(jsonPath("$.fieldErrors.orgId").value("请选择所属机构"))
                .andExpect(jsonPath("$.fieldErrors.roles").value("请至少选择一个角色"));
        mvc.perform(put("/api/orgs/" + c.township().id())
                        .with(user(c.admin()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "code",
                                c.township().code(),
                                "name",
                                "城关镇",
                                "type",
                                "TOWNSHIP",
                                "parentId",
                                c.township().id()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.parentId").value("上级机构不能是自己"));
    }

    @Test
    void usersArePagedAndSearchable() throws Exception {
        mvc.perform(get("/api/users?keyword=" + c.suffix() + "&size=3").with(user(c.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(8))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.size").value(3));
    }

    @Test
    void timesCarryTheCountysOffset() throws Exception {
        mvc.perform(get("/api/users").param("keyword", c.admin().getUsername()).with(user(c.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].createdAt").value(org.hamcrest.Matchers.endsWith("+08:00")));
    }
}
