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
        TestCounty.County county = counties.create();
        for (CurrentUser u : new CurrentUser[] {county.admin(), county.villager()}) {
            String admission = xml(u, "/api/processes/admission/diagram");
            String clue = xml(u, "/api/processes/clue/diagram");
            assertThat(admission).contains("id=\"admission\"").contains("BPMNDiagram");
            assertThat(clue).contains("id=\"clue\"").contains("BPMNDiagram");
            assertThat(xml(u, "/api/admission/process-diagram")).isEqualTo(admission);
            assertThat(xml(u, "/api/clues/process-diagram")).isEqualTo(clue);
        }
    }

    @Test
    void onlyAdministratorsSeeTheTimerAndEscalationBranches() throws Exception {
        TestCounty.County county = counties.create();
        for (String path : new String[] {"/api/processes/clue/diagram", "/api/clues/process-diagram"}) {
            String forVillager = xml(county.villager(), path);
            String forOffice = xml(county.officer(), path);
            String forAdmin = xml(county.admin(), path);
            assertThat(forAdmin)
                    .contains("Timer_VerifyOverdue")
                    .contains("Task_EscalateVerify")
                    .contains("End_ReplyEscalated");
            assertThat(forVillager).isEqualTo(forOffice);
            assertThat(forVillager)
                    .doesNotContain("Timer_VerifyOverdue")
                    .doesNotContain("Timer_TriageReminder")
                    .doesNotContain("Task_EscalateVerify")
                    .doesNotContain("End_ReplyEscalated")
                    .contains("Task_Verify")
                    .contains("Event_VerifyReturned")
                    .contains("Timer_RatingExpired")
                    .contains("BPMNDiagram");
        }
        String admission = xml(county.applicantA(), "/api/admission/process-diagram");
        assertThat(admission)
                .doesNotContain("Timer_ReviewOverdue")
                .doesNotContain("Task_EscalateApproval")
                .contains("Task_Review")
                .contains("Message_WithdrawnInReview");
        assertThat(xml(county.admin(), "/api/admission/process-diagram")).contains("Timer_ReviewOverdue");
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
