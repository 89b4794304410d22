package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.org.OrgForm;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The burden meter on a small county whose figures are worked out by hand. The engine clock is
 * moved to a day in 2037 (the engine's TIMESTAMP columns end in 2038) so that only this test's items are in force.
 *
 * <pre>
 * township T: villages v1, v2 (own capacity 35), v3; township T2: village w1; county-wide capacity 120
 * I1 all villages          10 h  department A  BASIC
 * I2 township T            30 h  department B  COOPERATIVE
 * I3 villages v1 and w1    85 h  department A  NEW
 * v1 = 10 + 30 + 85 = 125 / 120 = 1.042 over   v2 = 40 / 35 = 1.143 over   v3 = 40 / 120 = 0.333
 * T: 205 h of 275 = 0.745, 2 of 3 villages over, highest 1.143      w1 = 95 / 120 = 0.792
 * in T by department: A = 10 × 3 + 85 = 115, B = 30 × 3 = 90; by category: COOPERATIVE 90, NEW 85, BASIC 30
 * </pre>
 */
@JianfuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdmissionBurdenIT {

    static final LocalDateTime DAY = LocalDateTime.of(2037, 5, 13, 10, 0);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    OrgService orgs;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    Submissions submissions;

    @Autowired
    Decisions decisions;

    County c;
    OrgUnit v3;
    OrgUnit t2;
    OrgUnit w1;
    BigDecimal countyWide;
    long i3;

    /** Built once: an item for all villages admitted by one test would weigh on the next test's villages. */
    @BeforeAll
    void county() throws Exception {
        EngineClock.set(DAY);
        c = counties.create();
        v3 = orgs.create(new OrgForm(
                "V3" + c.suffix(),
                "南街村" + c.suffix(),
                OrgType.VILLAGE,
                c.township().id()));
        t2 = orgs.create(new OrgForm("T2" + c.suffix(), "河口镇" + c.suffix(), OrgType.TOWNSHIP, null));
        w1 = orgs.create(new OrgForm("W1" + c.suffix(), "柳家村" + c.suffix(), OrgType.VILLAGE, t2.id()));
        countyWide = new BigDecimal(read(c.officer(), get("/api/burden/capacity"))
                .get("hoursPerMonth")
                .asText());
        send(c.officer(), put("/api/burden/capacity"), Map.of("hoursPerMonth", 120), 200);
        send(
                c.officer(),
                put("/api/burden/villages/" + c.village2().id() + "/capacity"),
                Map.of("hoursPerMonth", 35),
                200);

        admit("I1", c.applicantA(), c.deptA(), ItemCategory.BASIC, "10", TargetScope.ALL, List.of(), List.of());
        admit(
                "I2",
                c.applicantB(),
                c.deptB(),
                ItemCategory.COOPERATIVE,
                "30",
                TargetScope.SELECTED,
                List.of(c.township().id()),
                List.of());
        i3 = admit(
                "I3",
                c.applicantA(),
                c.deptA(),
                ItemCategory.NEW,
                "85",
                TargetScope.SELECTED,
                List.of(),
                List.of(c.village1().id(), w1.id()));
    }

    @BeforeEach
    void onTheDay() {
        EngineClock.set(DAY);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @AfterAll
    void restore() throws Exception {
        send(c.officer(), put("/api/burden/capacity"), Map.of("hoursPerMonth", countyWide), 200);
    }

    @Test
    void villagesAreRankedByLoadRatioWithTheirOwnOrTheCountysCapacity() throws Exception {
        JsonNode page = read(
                c.officer(),
                get("/api/burden/villages")
                        .param("townshipId", "" + c.township().id()));
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(rows(page.get("items"), "villageId", "items", "hours", "capacity", "loadRatio", "overCapacity"))
                .containsExactly(
                        List.of("" + c.village2().id(), "2", "40.0", "35.0", "1.143", "true"),
                        List.of("" + c.village1().id(), "3", "125.0", "120.0", "1.042", "true"),
                        List.of("" + v3.id(), "2", "40.0", "120.0", "0.333", "false"));

        JsonNode over = read(
                c.officer(),
                get("/api/burden/villages")
                        .param("townshipId", "" + c.township().id())
                        .param("overCapacityOnly", "true"));
        assertThat(over.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void townshipsSumTheirVillages() throws Exception {
        JsonNode all = read(c.officer(), get("/api/burden/townships"));
        JsonNode t = find(all, "townshipId", c.township().id());
        assertThat(List.of(
                        t.get("villages").asText(),
                        t.get("villagesOverCapacity").asText(),
                        t.get("hours").asText(),
                        t.get("capacity").asText(),
                        t.get("highestLoadRatio").asText(),
                        t.get("loadRatio").asText()))
                .containsExactly("3", "2", "205.0", "275.0", "1.143", "0.745");
        JsonNode other = find(all, "townshipId", t2.id());
        assertThat(other.get("hours").asText()).isEqualTo("95.0");
        assertThat(other.get("loadRatio").asText()).isEqualTo("0.792");
    }

    @Test
    void departmentsAndCategoriesAddUpTheirHoursOverTheVillagesReached() throws Exception {
        JsonNode byDept = read(
                c.officer(),
                get("/api/burden/shares").param("townshipId", "" + c.township().id()));
        assertThat(rows(byDept, "key", "items", "villageHours"))
                .containsExactly(
                        List.of("" + c.deptA().id(), "2", "115.0"),
                        List.of("" + c.deptB().id(), "1", "90.0"));
        JsonNode byCategory = read(
                c.officer(),
                get("/api/burden/shares")
                        .param("by", "category")
                        .param("townshipId", "" + c.township().id()));
        assertThat(rows(byCategory, "key", "villageHours"))
                .containsExactly(List.of("COOPERATIVE", "90.0"), List.of("NEW", "85.0"), List.of("BASIC", "30.0"));
        send(c.officer(), get("/api/burden/shares").param("by", "nonsense"), null, 400);
    }

    @Test
    void aVillagesPageSaysWhyEachItemIsThere() throws Exception {
        JsonNode page =
                read(c.villager(), get("/api/burden/villages/" + c.village1().id()));
        assertThat(page.get("load").get("hours").asText()).isEqualTo("125.0");
        assertThat(rows(page.get("items"), "itemName", "reach", "leadOrgName"))
                .containsExactly(
                        List.of("I3" + c.suffix(), "VILLAGE", c.deptA().name()),
                        List.of("I2" + c.suffix(), "TOWNSHIP", c.deptB().name()),
                        List.of("I1" + c.suffix(), "COUNTY", c.deptA().name()));
        assertThat(rows(page.get("byDepartment"), "key", "villageHours"))
                .containsExactly(
                        List.of("" + c.deptA().id(), "95.0"),
                        List.of("" + c.deptB().id(), "30.0"));
    }

    @Test
    void villagersSeeTheirOwnVillageAndOnlyManagersChangeCapacity() throws Exception {
        send(c.villager(), get("/api/burden/villages/" + c.village2().id()), null, 403);
        JsonNode own = read(c.villager(), get("/api/burden/villages"));
        assertThat(own.get("total").asLong()).isEqualTo(1);
        assertThat(own.get("items").get(0).get("villageId").asLong())
                .isEqualTo(c.village1().id());
        send(c.applicantA(), put("/api/burden/capacity"), Map.of("hoursPerMonth", 1), 403);
        send(c.officer(), put("/api/burden/capacity"), Map.of("hoursPerMonth", 0), 400);
        send(c.officer(), put("/api/burden/capacity"), Map.of("hoursPerMonth", "12.25"), 400);
        send(
                c.officer(),
                put("/api/burden/villages/" + c.township().id() + "/capacity"),
                Map.of("hoursPerMonth", 9),
                404);
        assertThat(read(c.officer(), get("/api/burden/capacity"))
                        .get("hoursPerMonth")
                        .asText())
                .isEqualTo("120.0");
    }

    @Test
    void thePreCheckFlagsTheVillagesANewItemWouldPushOverAndReviewersSeeTheTable() throws Exception {
        ApplicationDetail app =
                submitted("I4", ItemCategory.NEW, "90", TargetScope.SELECTED, List.of(), List.of(v3.id()));
        PreCheckFinding over = app.preCheck().findings().stream()
                .filter(f -> f.code().equals("OVER_CAPACITY"))
                .findFirst()
                .orElseThrow();
        assertThat(over.params())
                .containsEntry("pushed", "1")
                .containsEntry("already", "0")
                .containsEntry("villages", v3.name());
        JsonNode table = read(c.reviewer(), get("/api/admission/applications/" + app.id() + "/burden"));
        assertThat(rows(table, "villageId", "hours", "projectedHours", "pushedOver"))
                .containsExactly(List.of("" + v3.id(), "40.0", "130.0", "true"));

        ApplicationDetail wide = submitted(
                "I5",
                ItemCategory.NEW,
                "1",
                TargetScope.SELECTED,
                List.of(c.township().id()),
                List.of());
        assertThat(wide.preCheck().targetVillageCount()).isEqualTo(3);
        assertThat(wide.preCheck().findings().stream()
                        .filter(f -> f.code().equals("OVER_CAPACITY"))
                        .map(PreCheckFinding::params))
                .singleElement()
                .satisfies(p -> assertThat(p).containsEntry("pushed", "0").containsEntry("already", "2"));
        assertThat(wide.preCheck().findings().stream()
                        .filter(f -> f.code().equals("OVER_CAPACITY"))
                        .map(PreCheckFinding::message))
                .containsExactly("2 个村(社区)已超出承载力");
    }

    @Test
    void anAdmittedApplicationsTableDoesNotCountItsOwnItemTwice() throws Exception {
        JsonNode table = read(c.reviewer(), get("/api/admission/applications/" + i3 + "/burden"));
        assertThat(rows(table, "villageId", "hours", "projectedHours"))
                .containsExactlyInAnyOrder(
                        List.of("" + c.village1().id(), "40.0", "125.0"), List.of("" + w1.id(), "10.0", "95.0"));
    }

    @Test
    void theRequestedValidityIsKeptWithinTwoYears() throws Exception {
        ApplicationForm form = form("I6", c.deptA(), ItemCategory.NEW, "1", TargetScope.ALL, List.of(), List.of());
        LocalDate from = DAY.toLocalDate().plusMonths(1);
        ApplicationForm dated = withValidity(form, from, from.plusMonths(18));
        ApplicationDetail app = admitForm(dated, c.applicantA());
        assertThat(app.status()).isEqualTo(ApplicationStatus.ADMITTED);
        JsonNode item = read(c.officer(), get("/api/admission-items/" + app.admissionItemId()));
        assertThat(item.get("effectiveDate").asText()).isEqualTo(from.toString());
        assertThat(item.get("expiryDate").asText())
                .isEqualTo(from.plusMonths(18).toString());

        ApplicationForm tooLong = withValidity(form, from, from.plusYears(2).plusDays(1));
        long id = drafts.create(tooLong, null, c.applicantA()).id();
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                                () -> submissions.submit(id, c.applicantA()), cn.jianfu.common.ApiException.class)
                        .fieldErrors())
                .containsEntry("validTo", "有效期最长两年：清单每两年评估一次");
    }

    // ---------------------------------------------------------------- fixture

    private long admit(
            String name,
            CurrentUser applicant,
            OrgUnit lead,
            ItemCategory category,
            String hours,
            TargetScope scope,
            List<Long> townships,
            List<Long> villages) {
        ApplicationDetail app = admitForm(form(name, lead, category, hours, scope, townships, villages), applicant);
        assertThat(app.status()).isEqualTo(ApplicationStatus.ADMITTED);
        return app.id();
    }

    private ApplicationDetail admitForm(ApplicationForm form, CurrentUser applicant) {
        ApplicationDetail app =
                submissions.submit(drafts.create(form, null, applicant).id(), applicant);
        app = decisions.review(app.currentTask().taskId(), ReviewDecision.PASS, null, c.reviewer());
        return decisions.approve(app.currentTask().taskId(), ApprovalDecision.APPROVE, null, c.approver());
    }

    private ApplicationDetail submitted(
            String name,
            ItemCategory category,
            String hours,
            TargetScope scope,
            List<Long> townships,
            List<Long> villages) {
        ApplicationForm form = form(name, c.deptA(), category, hours, scope, townships, villages);
        return submissions.submit(drafts.create(form, null, c.applicantA()).id(), c.applicantA());
    }

    private ApplicationForm form(
            String name,
            OrgUnit lead,
            ItemCategory category,
            String hours,
            TargetScope scope,
            List<Long> townships,
            List<Long> villages) {
        ApplicationForm base = TestCounty.form(name + c.suffix(), lead, c.township());
        return new ApplicationForm(
                base.itemName(),
                category,
                base.legalBasis(),
                base.content(),
                base.performanceStandard(),
                lead.id(),
                List.of(),
                scope,
                townships,
                villages,
                new BigDecimal(hours),
                base.frequency(),
                false,
                false,
                false,
                false,
                false,
                false,
                true,
                "经费随事转移",
                null,
                null,
                base.selfAssessment());
    }

    private static ApplicationForm withValidity(ApplicationForm f, LocalDate from, LocalDate to) {
        return new ApplicationForm(
                f.itemName(),
                f.category(),
                f.legalBasis(),
                f.content(),
                f.performanceStandard(),
                f.leadOrgId(),
                f.cooperatingOrgIds(),
                f.targetScope(),
                f.targetTownshipIds(),
                f.targetVillageIds(),
                f.workloadHoursPerMonth(),
                f.frequency(),
                false,
                false,
                false,
                false,
                false,
                false,
                true,
                f.fundingNote(),
                from,
                to,
                f.selfAssessment());
    }

    private JsonNode read(CurrentUser u, MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(send(u, request, null, 200));
    }

    private String send(CurrentUser u, MockHttpServletRequestBuilder request, Object body, int expected)
            throws Exception {
        request.with(user(u)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<List<String>> rows(JsonNode array, String... fields) {
        List<List<String>> out = new ArrayList<>();
        array.forEach(n -> {
            List<String> row = new ArrayList<>();
            for (String f : fields) {
                row.add(n.get(f).asText());
            }
            out.add(row);
        });
        return out;
    }

    private static JsonNode find(JsonNode array, String field, long id) {
        for (JsonNode n : array) {
            if (n.get(field).asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + id + " in " + array);
    }
}
