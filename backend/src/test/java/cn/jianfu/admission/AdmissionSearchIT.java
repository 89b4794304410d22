package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.common.PageQuery;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Keyword search of the admission list through the search index, as cadres and staff use it. */
@JianfuTest
class AdmissionSearchIT {

    @Autowired
    AdmissionListService list;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    Submissions submissions;

    @Autowired
    Decisions decisions;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    private AdmissionItem register(String name, String content, ItemCategory category) {
        AdmissionItemRow row = new AdmissionItemRow();
        row.itemName = name;
        row.category = category;
        row.leadOrgId = c.deptA().id();
        row.content = content;
        row.performanceStandard = "按要求完成";
        row.legalBasis = "县委相关文件";
        row.frequency = Frequency.MONTHLY;
        row.effectiveDate = LocalDate.now().minusMonths(1);
        row.expiryDate = row.effectiveDate.plusYears(2);
        return list.register(row);
    }

    private JsonNode lookup(String keyword) throws Exception {
        return body(get("/api/public/admission-items").param("keyword", keyword).param("size", "100"));
    }

    private JsonNode body(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    private static JsonNode hit(JsonNode array, long id) {
        for (JsonNode n : array) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("no item " + id + " in " + array);
    }

    @Test
    void twoWordsOfTheTitleInReverseOrderFindIt() throws Exception {
        AdmissionItem item = register("堤防险工险段巡查" + c.suffix(), "汛期巡查", ItemCategory.BASIC);
        JsonNode answer = lookup("巡查 险段 " + c.suffix());
        assertThat(ids(answer.get("items"))).contains(item.id());
        assertThat(answer.get("noMatch").asBoolean()).isFalse();
        JsonNode found = hit(answer.get("items"), item.id());
        assertThat(found.get("score").floatValue()).isPositive();
        assertThat(found.get("matchedTerms").toString()).contains("巡查", "险段");
        assertThat(found.has("applicationId")).isTrue();
        assertThat(found.get("applicationId").isNull()).isTrue();
    }

    @Test
    void aSingleWordOfASixCharacterTitleFindsIt() throws Exception {
        AdmissionItem item = register("秸秆禁烧巡查", "秋收期间配合开展巡查" + c.suffix(), ItemCategory.COOPERATIVE);
        assertThat(ids(lookup("秸秆").get("items"))).contains(item.id());
        assertThat(ids(lookup("禁烧").get("items"))).contains(item.id());
    }

    @Test
    void aSynonymOfTheOfficesListFindsIt() throws Exception {
        AdmissionItem item = register("村干部到岗管理" + c.suffix(), "村干部每日到岗打卡", ItemCategory.BASIC);
        JsonNode answer = lookup("签到 " + c.suffix());
        assertThat(ids(answer.get("items"))).containsExactly(item.id());
        assertThat(hit(answer.get("items"), item.id()).get("matchedTerms").toString())
                .contains("打卡");
    }

    @Test
    void theStaffListSearchRanksByTheIndexAndKeepsItsFilters() {
        AdmissionItem basic = register("村级公益岗位巡查" + c.suffix(), "公益岗位", ItemCategory.BASIC);
        AdmissionItem cooperative = register("公益岗位人员" + c.suffix(), "巡查公益岗位", ItemCategory.COOPERATIVE);
        var all = list.search(new AdmissionItemSearch("巡查 公益 " + c.suffix(), null, null, null), PageQuery.of(1, 50));
        assertThat(all.items()).extracting(AdmissionItem::id).containsExactly(basic.id(), cooperative.id());
        assertThat(all.total()).isEqualTo(2);
        var filtered = list.search(
                new AdmissionItemSearch("巡查 公益 " + c.suffix(), ItemCategory.COOPERATIVE, null, null),
                PageQuery.of(1, 50));
        assertThat(filtered.items()).extracting(AdmissionItem::id).containsExactly(cooperative.id());
        var secondPage =
                list.search(new AdmissionItemSearch("巡查 公益 " + c.suffix(), null, null, null), PageQuery.of(2, 1));
        assertThat(secondPage.items()).extracting(AdmissionItem::id).containsExactly(cooperative.id());
        assertThat(secondPage.total()).isEqualTo(2);
    }

    @Test
    void whenNothingMatchesTheNearestItemsInForceAreOffered() throws Exception {
        AdmissionItem item = register("农村公路护路巡查" + c.suffix(), "护路", ItemCategory.BASIC);
        JsonNode answer = lookup("护路队员年终考核评比" + c.suffix());
        assertThat(answer.get("noMatch").asBoolean()).isTrue();
        assertThat(answer.get("total").asLong()).isZero();
        assertThat(answer.get("items")).isEmpty();
        assertThat(answer.get("nearest").size()).isBetween(1, AdmissionListService.NEAREST);
        assertThat(ids(answer.get("nearest")).get(0)).isEqualTo(item.id());
        assertThat(answer.get("page").asInt()).isEqualTo(1);
        assertThat(answer.get("size").asInt()).isEqualTo(100);
    }

    @Test
    void theAnswerCarriesScopeCooperatingDepartmentsWorkloadAndValidity() throws Exception {
        String name = "留守儿童关爱走访" + c.suffix();
        ApplicationForm base = TestCounty.form(name, c.deptA(), c.township());
        ApplicationForm form = new ApplicationForm(
                base.itemName(),
                base.category(),
                base.legalBasis(),
                base.content(),
                base.performanceStandard(),
                base.leadOrgId(),
                List.of(c.deptB().id(), c.social().id()),
                TargetScope.SELECTED,
                List.of(c.township().id()),
                List.of(),
                new BigDecimal("3.5"),
                Frequency.QUARTERLY,
                false,
                false,
                false,
                false,
                false,
                false,
                true,
                base.fundingNote(),
                null,
                null,
                base.selfAssessment());
        ApplicationDetail app = drafts.create(form, null, c.applicantA());
        app = submissions.submit(app.id(), c.applicantA());
        app = decisions.review(app.currentTask().taskId(), ReviewDecision.PASS, null, c.reviewer());
        app = decisions.approve(app.currentTask().taskId(), ApprovalDecision.APPROVE, null, c.approver());

        JsonNode found = hit(lookup(name).get("items"), app.admissionItemId());
        assertThat(found.get("cooperatingOrgNames").toString())
                .contains(c.deptB().name(), c.social().name());
        assertThat(found.get("cooperatingOrgs").asText()).contains("、");
        assertThat(found.get("targetScope").asText()).isEqualTo("SELECTED");
        assertThat(found.get("targetTownshipNames").toString())
                .isEqualTo("[\"" + c.township().name() + "\"]");
        assertThat(found.get("workloadHoursPerMonth").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(found.get("frequency").asText()).isEqualTo("QUARTERLY");
        assertThat(found.get("effectiveDate").asText())
                .isEqualTo(LocalDate.now().toString());
        assertThat(found.get("expiryDate").asText())
                .isEqualTo(LocalDate.now().plusYears(2).toString());

        JsonNode page = body(get("/api/public/admission-items/" + app.admissionItemId()));
        assertThat(page.get("cooperatingOrgNames")).hasSize(2);
        assertThat(page.get("targetTownshipNames")).hasSize(1);
        JsonNode staff =
                body(get("/api/admission-items/" + app.admissionItemId()).with(user(c.villager())));
        assertThat(staff.get("applicationId").asLong()).isEqualTo(app.id());
        assertThat(staff.get("cooperatingOrgNames")).hasSize(2);
    }

    @Test
    void fourByteCharactersAndTheLengthLimitAreHandled() throws Exception {
        AdmissionItem item = register("𠀀姓村民档案整理" + c.suffix(), "😀", ItemCategory.BASIC);
        assertThat(ids(lookup("𠀀 档案 " + c.suffix()).get("items"))).containsExactly(item.id());
        assertThat(ids(lookup("😀 " + c.suffix() + " \uD83D").get("items"))).containsExactly(item.id());
        // the limit counts characters: 100 emoji pass, 101 characters do not
        assertThat(lookup("🦄".repeat(100)).get("noMatch").asBoolean()).isTrue();
        mvc.perform(get("/api/public/admission-items").param("keyword", "字".repeat(101)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/admission-items")
                        .param("keyword", "字".repeat(101))
                        .with(user(c.villager())))
                .andExpect(status().isBadRequest());
    }
}
