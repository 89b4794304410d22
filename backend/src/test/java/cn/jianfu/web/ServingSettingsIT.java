package cn.jianfu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.testing.JianfuTest;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;

/** How the application serves the UI, and the engine settings chosen on purpose. */
@JianfuTest
class ServingSettingsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void hashedAssetsAreCachedForAYearAndIndexIsAlwaysRevalidated() throws Exception {
        Resource[] assets =
                new PathMatchingResourcePatternResolver().getResources(StaticAssetCaching.UI + "assets/*.js");
        assertThat(assets).as("the built UI is on the classpath").isNotEmpty();
        String asset =
                Arrays.stream(assets).map(Resource::getFilename).findFirst().orElseThrow();

        mvc.perform(get("/assets/" + asset))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
        mvc.perform(get("/index.html"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"));
    }

    @Test
    void engineUsesUuidsAndCleansHistoryInItsNightWindow() throws IOException {
        assertThat(engine.getIdGenerator()).isInstanceOf(StrongUuidGenerator.class);
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    }

    @Test
    void historyKeepsWhatThePagesReadAndItsRemovalTimeIsSetAtTheStart() {
        assertThat(engine.getHistory()).isEqualTo(ProcessEngineConfiguration.HISTORY_AUDIT);
        assertThat(engine.getHistoryRemovalTimeStrategy())
                .isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
        BpmnModelInstance model = Bpmn.createExecutableProcess("removal-time-probe")
                .camundaHistoryTimeToLive(3650)
                .startEvent()
                .receiveTask()
                .endEvent()
                .done();
        String deployment = engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("removal-time-probe.bpmn", model)
                .deploy()
                .getId();
        ProcessInstance started = engine.getRuntimeService().startProcessInstanceByKey("removal-time-probe");
        HistoricProcessInstance history = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(started.getId())
                .singleResult();
        assertThat(history.getRemovalTime())
                .as("ten years after the start, written with the row")
                .isEqualTo(Date.from(history.getStartTime().toInstant().plus(Duration.ofDays(3650))));
        engine.getRepositoryService().deleteDeployment(deployment, true);
    }
}
