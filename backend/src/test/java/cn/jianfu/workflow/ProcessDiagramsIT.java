package cn.jianfu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** One diagram endpoint for both chains; the per-chain URLs the UI uses answer the same. */
@JianfuTest
class ProcessDiagramsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCounty counties;

    private String xml(CurrentUser u, String path) throws Exception {
        return mvc.perform(get(path).with(user(u)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void servesTheDeployedModelOfEitherChain() throws Exception {
        CurrentUser villager = counties.create().villager();
        String admission = xml(villager, "/api/processes/admission/diagram");
        String clue = xml(villager, "/api/processes/clue/diagram");
        assertThat(admission).contains("<bpmn:process id=\"admission\"").contains("BPMNDiagram");
        assertThat(clue).contains("<bpmn:process id=\"clue\"").contains("BPMNDiagram");
        assertThat(xml(villager, "/api/admission/process-diagram")).isEqualTo(admission);
        assertThat(xml(villager, "/api/clues/process-diagram")).isEqualTo(clue);
    }

    @Test
    void unknownProcessesAndAnonymousUsersGetNothing() throws Exception {
        CurrentUser villager = counties.create().villager();
        mvc.perform(get("/api/processes/nope/diagram").with(user(villager))).andExpect(status().isNotFound());
        mvc.perform(get("/api/processes/clue/diagram"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("请先登录"));
    }
}
