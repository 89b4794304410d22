package cn.jianfu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.testing.JianfuTest;
import java.io.IOException;
import java.util.Arrays;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
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
}
