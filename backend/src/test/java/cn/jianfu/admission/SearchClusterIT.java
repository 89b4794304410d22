package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.search.DocumentSource;
import cn.jianfu.search.SearchHit;
import cn.jianfu.search.SearchIndex;
import cn.jianfu.search.SearchStore;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two application nodes on one database: node A is this application, node B a second index over
 * the same database, as another JVM would hold it. B must see what is changed through A.
 */
@JianfuTest
class SearchClusterIT {

    @Autowired
    SearchIndex nodeA;

    @Autowired
    SearchStore store;

    @Autowired
    List<DocumentSource> sources;

    @Autowired
    AdmissionListService list;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    County c;
    SearchIndex nodeB;

    @BeforeEach
    void twoNodes() {
        c = counties.create();
        nodeB = new SearchIndex(store, sources);
    }

    private List<Long> onNodeB(String text) {
        return nodeB.find(AdmissionItemDocuments.KIND, text, 100).stream()
                .map(SearchHit::id)
                .toList();
    }

    @Test
    void anItemPutOnTheListThroughOneNodeIsFoundOnTheOther() {
        String name = "古树名木巡护" + c.suffix();
        assertThat(onNodeB(name)).isEmpty();

        AdmissionItemRow row = new AdmissionItemRow();
        row.itemName = name;
        row.category = ItemCategory.BASIC;
        row.leadOrgId = c.deptA().id();
        row.content = "巡护古树名木";
        row.performanceStandard = "每月一次";
        row.effectiveDate = LocalDate.now();
        row.expiryDate = row.effectiveDate.plusYears(2);
        long id = list.register(row).id();

        assertThat(onNodeB(name)).containsExactly(id);
        assertThat(nodeA.find(AdmissionItemDocuments.KIND, name, 100))
                .extracting(SearchHit::id)
                .containsExactly(id);
    }

    @Test
    void aSynonymAddedThroughOneNodeWorksOnTheOther() throws Exception {
        String name = "饕餮纹青铜器保护" + c.suffix();
        AdmissionItemRow row = new AdmissionItemRow();
        row.itemName = name;
        row.category = ItemCategory.COOPERATIVE;
        row.leadOrgId = c.deptA().id();
        row.content = "配合筹备";
        row.performanceStandard = "按活动安排";
        row.effectiveDate = LocalDate.now();
        row.expiryDate = row.effectiveDate.plusYears(2);
        long id = list.register(row).id();
        String query = "梼杌";
        assertThat(onNodeB(query)).isEmpty();

        String created = mvc.perform(post("/api/search/synonyms")
                        .with(user(c.officer()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"terms\":[\"饕餮\",\"梼杌\"]}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long group = json.readTree(created).get("id").asLong();
        assertThat(onNodeB(query)).containsExactly(id);
        assertThat(nodeA.find(AdmissionItemDocuments.KIND, query, 100))
                .extracting(SearchHit::id)
                .containsExactly(id);

        mvc.perform(delete("/api/search/synonyms/" + group)
                        .with(user(c.officer()))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(onNodeB(query)).isEmpty();
    }
}
