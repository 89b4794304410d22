package cn.jianfu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The API describes itself from the controllers, to administrators only. */
@JianfuTest
class ApiDocumentationIT {

    /**
     * Operations of {@code AdmissionListController}, which is being reworked in parallel: exempt from
     * the Chinese-summary check until that work lands, then this list goes.
     */
    static final List<String> BEING_REWORKED = List.of();

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

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
    void everyOperationIsSummarisedInChineseAndTheFormsDescribeTheirFields() throws Exception {
        String document = mvc.perform(get("/v3/api-docs").with(user(c.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/admission/applications'].post.summary", not(emptyOrNullString())))
                .andExpect(jsonPath(
                        "$.components.schemas.ApplicationForm.properties.itemName.description",
                        not(emptyOrNullString())))
                // the portal's query code travels in the form, never in a URL: the document must not say otherwise
                .andExpect(jsonPath("$.paths['/api/public/clues/attachments'].post.parameters")
                        .doesNotExist())
                .andExpect(jsonPath(
                                "$.paths['/api/public/clues/attachments'].post.requestBody.content['multipart/form-data'].schema.properties.code")
                        .exists())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> checked = new ArrayList<>();
        List<String> withoutChineseSummary = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path :
                new ObjectMapper().readTree(document).path("paths").properties()) {
            if (BEING_REWORKED.stream().anyMatch(path.getKey()::startsWith)) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                checked.add(name);
                if (!CHINESE.matcher(operation.getValue().path("summary").asText(""))
                        .find()) {
                    withoutChineseSummary.add(name);
                }
            }
        }
        assertThat(checked).contains("POST /api/admission/applications", "POST /api/public/clues");
        assertThat(withoutChineseSummary)
                .as("operations without a Chinese summary")
                .isEmpty();
    }

    @Test
    void othersGetNoApiDescriptionAndNoSwaggerUi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(c.applicantA()))).andExpect(status().isForbidden());
        mvc.perform(get("/swagger-ui/index.html").with(user(c.reviewer()))).andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    }
}
