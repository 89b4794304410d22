package cn.jianfu.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The API describes itself from the controllers, to administrators only. */
@JianfuTest
class ApiDocumentationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCounty counties;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    @Test
    void administratorsReadTheOpenApiDescriptionWithTheSharedErrorShape() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(c.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title", Matchers.containsString("基层减负协同平台")))
                .andExpect(
                        jsonPath("$.paths['/api/admission/applications'].post").exists())
                .andExpect(jsonPath("$.paths['/api/public/clues'].post").exists())
                .andExpect(jsonPath(
                                "$.paths['/api/admission/applications'].post.responses['409'].content['application/json'].schema['$ref']")
                        .value("#/components/schemas/ApiError"))
                .andExpect(jsonPath("$.components.schemas.ApiError.properties.fieldErrors")
                        .exists());
        mvc.perform(get("/swagger-ui/index.html").with(user(c.admin()))).andExpect(status().isOk());
    }

    @Test
    void othersGetNoApiDescriptionAndNoSwaggerUi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(c.applicantA()))).andExpect(status().isForbidden());
        mvc.perform(get("/swagger-ui/index.html").with(user(c.reviewer()))).andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    }
}
