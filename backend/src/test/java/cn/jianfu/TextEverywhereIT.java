package cn.jianfu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgForm;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.org.UserForm;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Both chains end to end through the HTTP API with characters outside the Basic Multilingual
 * Plane (CJK Extension B, emoji) in every free-text field, in the names of the organisations and
 * in the display names of every actor: each call succeeds and every text comes back exactly as
 * sent, on the detail pages, in the audit trail, in the lists, the inbox and the public views.
 */
@JianfuTest
class TextEverywhereIT {

    /** CJK Extension B (rare name characters): four bytes in UTF-8, two chars in Java. */
    static final String EXT_B = "𠀾𡃁𪚥";

    static final String EMOJI = "😀🚜";

    static final String RARE = EXT_B + EMOJI;

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    OrgService orgs;

    @Autowired
    UserService users;

    String s;
    OrgUnit dept;
    OrgUnit otherDept;
    OrgUnit township;
    CurrentUser applicant;
    CurrentUser reviewer;
    CurrentUser approver;
    CurrentUser officer;
    CurrentUser verifier;

    @BeforeEach
    void county() {
        s = System.currentTimeMillis() % 100000 + "t" + SEQ.incrementAndGet();
        dept = org("TA", "县" + EXT_B + "教育局" + EMOJI, OrgType.COUNTY_DEPT, null);
        otherDept = org("TB", "县" + EMOJI + "民政局" + EXT_B, OrgType.COUNTY_DEPT, null);
        OrgUnit social = org("TS", "县委社会工作部" + EXT_B, OrgType.SOCIAL_WORK_DEPT, null);
        OrgUnit leadership = org("TL", "县委县政府办公室" + EMOJI, OrgType.LEADERSHIP_OFFICE, null);
        OrgUnit office = org("TO", "减负办" + RARE, OrgType.BURDEN_OFFICE, null);
        OrgUnit discipline = org("TD", "县纪委监委" + EXT_B, OrgType.DISCIPLINE, null);
        township = org("TT", EXT_B + "镇" + EMOJI, OrgType.TOWNSHIP, null);
        org("TV", EMOJI + "村" + EXT_B, OrgType.VILLAGE, township.id());
        applicant = person("tapp", "申请人" + EXT_B + EMOJI, dept, Role.APPLICANT);
        reviewer = person("trev", "审核人" + EMOJI + EXT_B, social, Role.REVIEWER);
        approver = person("tapr", EXT_B + "审批人", leadership, Role.APPROVER);
        officer = person("toff", "减负办" + EMOJI + "干部", office, Role.OFFICE);
        verifier = person("tver", "核查员" + RARE, discipline, Role.VERIFIER);
    }

    private OrgUnit org(String code, String name, OrgType type, Long parent) {
        return orgs.create(new OrgForm(code + s, name + s, type, parent));
    }

    private CurrentUser person(String username, String displayName, OrgUnit org, Role role) {
        users.create(new UserForm(username + s, displayName, TestCounty.PASSWORD, org.id(), Set.of(role), true));
        CurrentUser u = new CurrentUser(users.findByUsername(username + s).orElseThrow());
        assertThat(u.displayName()).isEqualTo(displayName);
        return u;
    }

    // ---------------------------------------------------------------- the admission chain

    @Test
    void anApplicationCarriesRareCharactersFromDraftToTheAdmissionList() throws Exception {
        Map<String, Object> form = applicationForm("一");
        JsonNode d = call(applicant, jsonBody(post("/api/admission/applications"), form), 201);
        long id = d.get("id").asLong();
        assertApplicationText(d, form);
        assertThat(d.get("applicantName").asText()).isEqualTo(applicant.displayName());
        assertThat(d.get("leadOrgName").asText()).isEqualTo(dept.name());
        assertThat(d.get("cooperatingOrgNames").get(0).asText()).isEqualTo(otherDept.name());
        assertThat(d.get("targetTownshipNames").get(0).asText()).isEqualTo(township.name());

        form = applicationForm("二");
        assertApplicationText(call(applicant, jsonBody(put("/api/admission/applications/" + id), form), 200), form);
        d = call(applicant, post("/api/admission/applications/" + id + "/submit"), 200);
        assertThat(d.get("status").asText()).isEqualTo("IN_REVIEW");
        String review = d.at("/currentTask/taskId").asText();

        // the reviewer's inbox and the lists name the item and the department as written
        JsonNode task = find(call(reviewer, get("/api/inbox?size=100"), 200).get("items"), "taskId", review);
        assertThat(task.get("title").asText()).isEqualTo(form.get("itemName"));
        assertThat(task.get("orgName").asText()).isEqualTo(dept.name());
        JsonNode line = find(
                call(reviewer, get("/api/admission/applications?scope=all&size=100&keyword=" + s), 200)
                        .get("items"),
                "id",
                String.valueOf(id));
        assertThat(line.get("itemName").asText()).isEqualTo(form.get("itemName"));
        assertThat(line.get("applicantName").asText()).isEqualTo(applicant.displayName());
        assertThat(line.get("applicantOrgName").asText()).isEqualTo(dept.name());
        assertThat(line.get("leadOrgName").asText()).isEqualTo(dept.name());

        String returned = "请补充法定依据" + RARE + "，并说明“" + EXT_B + "”的含义";
        d = call(reviewer, decision(review, "review", "RETURN", returned), 200);
        assertThat(d.get("status").asText()).isEqualTo("RETURNED");
        assertThat(find(call(reviewer, get("/api/inbox/done?size=100"), 200).get("items"), "taskId", review)
                        .get("title")
                        .asText())
                .isEqualTo(form.get("itemName"));

        form = applicationForm("三");
        assertApplicationText(call(applicant, jsonBody(put("/api/admission/applications/" + id), form), 200), form);
        d = call(applicant, post("/api/admission/applications/" + id + "/submit"), 200);
        assertThat(d.get("status").asText()).isEqualTo("IN_REVIEW");

        String passed = "依据充分" + EMOJI + "，同意报批" + EXT_B;
        d = call(reviewer, decision(d.at("/currentTask/taskId").asText(), "review", "PASS", passed), 200);
        assertThat(d.get("status").asText()).isEqualTo("IN_APPROVAL");
        String approved = "同意列入准入清单" + RARE;
        d = call(approver, decision(d.at("/currentTask/taskId").asText(), "approve", "APPROVE", approved), 200);
        assertThat(d.get("status").asText()).isEqualTo("ADMITTED");
        assertApplicationText(d, form);

        JsonNode history =
                call(applicant, get("/api/admission/applications/" + id), 200).get("history");
        assertEntry(history, "CREATED", applicant, null);
        assertEntry(history, "SUBMITTED", applicant, null);
        assertEntry(history, "RESUBMITTED", applicant, null);
        assertEntry(history, "REVIEWED", reviewer, returned);
        assertEntry(history, "REVIEWED", reviewer, passed);
        assertEntry(history, "APPROVED", approver, approved);
        assertActorsAreKnown(history);

        // the admission list holds the item exactly as approved, for staff and for the public
        long itemId = d.get("admissionItemId").asLong();
        for (JsonNode item : List.of(
                call(applicant, get("/api/admission-items/" + itemId), 200),
                anonymous(get("/api/public/admission-items/" + itemId), 200))) {
            assertThat(item.get("itemName").asText()).isEqualTo(form.get("itemName"));
            assertThat(item.get("legalBasis").asText()).isEqualTo(form.get("legalBasis"));
            assertThat(item.get("content").asText()).isEqualTo(form.get("content"));
            assertThat(item.get("performanceStandard").asText()).isEqualTo(form.get("performanceStandard"));
            assertThat(item.get("leadOrgName").asText()).isEqualTo(dept.name());
            assertThat(item.get("cooperatingOrgs").asText()).isEqualTo(otherDept.name());
        }
        line = find(call(applicant, get("/api/admission/applications"), 200).get("items"), "id", String.valueOf(id));
        assertThat(line.get("itemName").asText()).isEqualTo(form.get("itemName"));
    }

    @Test
    void refusalsAndWithdrawalsKeepTheirReasonsAsWritten() throws Exception {
        long refused = call(applicant, jsonBody(post("/api/admission/applications"), applicationForm("拒")), 201)
                .get("id")
                .asLong();
        String task = call(applicant, post("/api/admission/applications/" + refused + "/submit"), 200)
                .at("/currentTask/taskId")
                .asText();
        String reason = "属于" + EXT_B + "负面清单事项，不予准入" + EMOJI;
        JsonNode d = call(reviewer, decision(task, "review", "REFUSE", reason), 200);
        assertThat(d.get("status").asText()).isEqualTo("REFUSED");
        assertThat(d.get("refusalReason").asText()).isEqualTo(reason);
        JsonNode history = call(applicant, get("/api/admission/applications/" + refused), 200)
                .get("history");
        assertEntry(history, "REVIEWED", reviewer, reason);
        assertThat(entries(history, "REFUSED"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("comment").asText()).isEqualTo(reason));
        assertActorsAreKnown(history);

        long withdrawn = call(applicant, jsonBody(post("/api/admission/applications"), applicationForm("撤")), 201)
                .get("id")
                .asLong();
        call(applicant, post("/api/admission/applications/" + withdrawn + "/submit"), 200);
        String why = "填报有误" + RARE + "，撤回修改";
        d = call(
                applicant,
                jsonBody(post("/api/admission/applications/" + withdrawn + "/withdraw"), Map.of("reason", why)),
                200);
        assertThat(d.get("status").asText()).isEqualTo("WITHDRAWN");
        assertEntry(d.get("history"), "WITHDRAWN", applicant, why);
    }

    private Map<String, Object> applicationForm(String version) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("itemName", "村级" + EXT_B + "事项" + EMOJI + version + s);
        f.put("category", "NEW");
        f.put("legalBasis", "《𠀾𡃁条例》第" + version + "条" + EMOJI);
        f.put("content", "村(社区)配合开展" + RARE + "入户宣传，版本" + version);
        f.put("performanceStandard", "每季度一次" + EXT_B + "登记" + EMOJI + version);
        f.put("leadOrgId", dept.id());
        f.put("cooperatingOrgIds", List.of(otherDept.id()));
        f.put("targetScope", "SELECTED");
        f.put("targetTownshipIds", List.of(township.id()));
        f.put("workloadHoursPerMonth", 2.5);
        f.put("frequency", "QUARTERLY");
        f.put("fundingFollows", true);
        f.put("fundingNote", "县财政按户拨付" + EMOJI + EXT_B);
        f.put("selfAssessment", "经自评，确需配合" + RARE + version);
        return f;
    }

    private static void assertApplicationText(JsonNode d, Map<String, Object> form) {
        for (String field :
                List.of("itemName", "legalBasis", "content", "performanceStandard", "fundingNote", "selfAssessment")) {
            assertThat(d.get(field).asText()).as(field).isEqualTo(form.get(field));
        }
    }

    private MockHttpServletRequestBuilder decision(String taskId, String step, String decision, String comment)
            throws Exception {
        return jsonBody(
                post("/api/admission/tasks/" + taskId + "/" + step), Map.of("decision", decision, "comment", comment));
    }

    // ---------------------------------------------------------------- the clue chain

    @Test
    void aClueCarriesRareCharactersFromThePortalToTheTypicalCase() throws Exception {
        // the 80th character of the description is a surrogate pair: the lists' excerpt must not split it
        String description = "某部门要求村干部每天在" + "工作群里打卡并上传照片".repeat(6) + "，共" + EXT_B + "次" + EMOJI + s;
        assertThat(Character.isHighSurrogate(description.charAt(79))).isTrue();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("category", "FINGERTIP_FORMALISM");
        form.put("reportedUnitText", "某" + EXT_B + "单位" + EMOJI);
        form.put("place", EXT_B + "镇" + EMOJI + "村");
        form.put("occurredWhen", "2026年3月以来" + EMOJI);
        form.put("description", description);
        form.put("anonymous", false);
        form.put("reporterName", "王" + EXT_B + "明");
        form.put("reporterPhone", "139 1234 5678");
        JsonNode receipt = anonymous(jsonBody(post("/api/public/clues"), form), 201);
        long id = receipt.get("id").asLong();
        String clueNo = receipt.get("clueNo").asText();
        String code = receipt.get("queryCode").asText();

        JsonNode view = portal("query", Map.of("clueNo", clueNo, "code", code));
        assertThat(view.get("status").asText()).isEqualTo("TRIAGE");
        String supplement = "补充：" + EXT_B + "群里又发了通知" + EMOJI;
        view = portal("supplement", Map.of("clueNo", clueNo, "code", code, "content", supplement));
        assertThat(view.get("messages").get(0).get("content").asText()).isEqualTo(supplement);

        JsonNode d = call(officer, get("/api/clues/" + id), 200);
        for (String field : List.of("reportedUnitText", "place", "occurredWhen", "description")) {
            assertThat(d.get(field).asText()).as(field).isEqualTo(form.get(field));
        }
        assertThat(d.get("reporter").get("name").asText()).isEqualTo(form.get("reporterName"));
        assertThat(d.get("reporter").get("phone").asText()).isEqualTo(form.get("reporterPhone"));
        assertThat(d.get("messages").get(0).get("content").asText()).isEqualTo(supplement);
        assertEntry(d.get("history"), "SUPPLEMENTED", null, supplement);

        JsonNode line = find(
                call(officer, get("/api/clues?scope=all&size=100&keyword=" + clueNo), 200)
                        .get("items"),
                "id",
                String.valueOf(id));
        assertThat(line.get("place").asText()).isEqualTo(form.get("place"));
        assertThat(line.get("reportedUnitName").asText()).isEqualTo(form.get("reportedUnitText"));
        assertWellFormedExcerpt(line.get("excerpt").asText(), description);

        String reason = "请" + EXT_B + "核查" + EMOJI;
        d = call(
                officer,
                jsonBody(
                        post("/api/clues/tasks/" + taskOf(d, "Task_Triage") + "/triage"),
                        Map.of("decision", "ASSIGN", "reason", reason, "unitIds", List.of(dept.id()), "dual", false)),
                200);
        assertThat(d.get("status").asText()).isEqualTo("VERIFYING");
        assertEntry(d.get("history"), "ASSIGNED", officer, "交办：" + dept.name() + "。" + reason);
        line = find(call(applicant, get("/api/clues"), 200).get("items"), "id", String.valueOf(id));
        assertThat(line.get("unitNames").get(0).asText()).isEqualTo(dept.name());
        assertWellFormedExcerpt(line.get("excerpt").asText(), description);

        String findings = "经核查属实：" + RARE + "群每日打卡";
        d = call(
                verifier,
                jsonBody(
                        post("/api/clues/tasks/" + taskOf(d, "Task_Verify") + "/verify"),
                        Map.of("outcome", "SUBSTANTIATED", "findings", findings)),
                200);
        assertThat(d.get("units").get(0).get("findings").asText()).isEqualTo(findings);
        assertEntry(d.get("history"), "VERIFIED", verifier, dept.name() + "：属实。" + findings);

        String plan = "解散" + EXT_B + "工作群，取消打卡" + EMOJI;
        String deadline = Clock.now().toLocalDate().plusDays(10).toString();
        d = call(
                applicant,
                jsonBody(
                        post("/api/clues/tasks/" + taskOf(d, "Task_Plan") + "/plan"),
                        Map.of("plan", plan, "deadline", deadline)),
                200);
        assertThat(d.get("units").get(0).get("plan").asText()).isEqualTo(plan);
        assertEntry(d.get("history"), "PLANNED", applicant, dept.name() + "：整改时限 " + deadline + "。" + plan);

        String report = "已解散" + EMOJI + "工作群" + EXT_B;
        d = call(applicant, report(d, report), 200);
        assertThat(d.get("units").get(0).get("report").asText()).isEqualTo(report);
        assertEntry(d.get("history"), "RECTIFICATION_REPORTED", applicant, dept.name() + "：" + report);

        String sendBack = "请补充" + EXT_B + "解散截图" + EMOJI;
        d = call(officer, check(d, "SEND_BACK", sendBack), 200);
        assertEntry(d.get("history"), "RECTIFICATION_CHECKED", officer, dept.name() + "：退回重报。" + sendBack);
        String again = "已补充截图" + RARE;
        d = call(applicant, report(d, again), 200);
        assertThat(d.get("units").get(0).get("report").asText()).isEqualTo(again);
        String accepted = "整改到位" + EMOJI + EXT_B;
        d = call(officer, check(d, "ACCEPT", accepted), 200);
        assertEntry(d.get("history"), "RECTIFICATION_CHECKED", officer, dept.name() + "：验收通过。" + accepted);

        String reply = "您反映的" + EXT_B + "问题已整改" + EMOJI + "，感谢监督";
        d = call(
                officer,
                jsonBody(post("/api/clues/tasks/" + taskOf(d, "Task_Reply") + "/reply"), Map.of("reply", reply)),
                200);
        assertThat(d.get("status").asText()).isEqualTo("RATING");
        assertThat(d.get("reply").asText()).isEqualTo(reply);
        assertEntry(d.get("history"), "REPLIED", officer, reply);

        String callbackNote = "电话" + EXT_B + "无人接听" + EMOJI;
        d = call(
                officer,
                jsonBody(post("/api/clues/" + id + "/callbacks"), Map.of("reached", false, "note", callbackNote)),
                200);
        assertThat(d.get("callbacks").get(0).get("note").asText()).isEqualTo(callbackNote);
        assertThat(d.get("callbacks").get(0).get("calledByName").asText()).isEqualTo(officer.displayName());
        assertEntry(d.get("history"), "CALLBACK_RECORDED", officer, "未联系上反映人。" + callbackNote);

        view = portal("query", Map.of("clueNo", clueNo, "code", code));
        assertThat(view.get("messages"))
                .extracting(m -> m.get("content").asText())
                .containsExactly(supplement, reply);
        String comment = "很满意" + RARE;
        view = portal(
                "rate",
                Map.of("clueNo", clueNo, "code", code, "rating", "SATISFIED", "comment", comment, "reopen", false));
        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(view.get("ratingComment").asText()).isEqualTo(comment);

        String summary = "某部门要求村里建" + EXT_B + "群并每日打卡" + EMOJI + "，已责令整改";
        JsonNode preview =
                call(officer, jsonBody(post("/api/clues/" + id + "/typical/preview"), Map.of("summary", summary)), 200);
        assertThat(preview.get("summary").asText()).isEqualTo(summary);
        d = call(
                officer,
                jsonBody(
                        post("/api/clues/" + id + "/typical"),
                        Map.of(
                                "typical",
                                true,
                                "summary",
                                summary,
                                "confirmedDigest",
                                preview.get("digest").asText())),
                200);
        assertThat(d.get("typicalSummary").asText()).isEqualTo(summary);
        assertThat(d.get("ratingComment").asText()).isEqualTo(comment);
        assertEntry(d.get("history"), "RATED", null, comment);
        assertEntry(d.get("history"), "TYPICAL_FLAGGED", officer, summary);
        assertEntry(d.get("history"), "CLUE_RECEIVED", null, null);
        assertActorsAreKnown(d.get("history"));
        JsonNode published =
                find(anonymous(get("/api/public/clues/typical?size=100"), 200).get("items"), "clueNo", clueNo);
        assertThat(published.get("summary").asText()).isEqualTo(summary);
        // the unit sees its own texts, never the reporter
        JsonNode unitView = call(applicant, get("/api/clues/" + id), 200);
        assertThat(unitView.has("reporter")).isFalse();
        assertThat(unitView.get("units").get(0).get("report").asText()).isEqualTo(again);
        assertThat(unitView.get("description").asText()).isEqualTo(description);
    }

    private MockHttpServletRequestBuilder report(JsonNode clue, String report) throws Exception {
        return jsonBody(post("/api/clues/tasks/" + taskOf(clue, "Task_Report") + "/report"), Map.of("report", report));
    }

    private MockHttpServletRequestBuilder check(JsonNode clue, String decision, String comment) throws Exception {
        return jsonBody(
                post("/api/clues/tasks/" + taskOf(clue, "Task_Accept") + "/check"),
                Map.of("decision", decision, "comment", comment));
    }

    private JsonNode portal(String action, Map<String, Object> body) throws Exception {
        return anonymous(jsonBody(post("/api/public/clues/" + action), body), 200);
    }

    private static String taskOf(JsonNode clue, String taskKey) {
        return find(clue.get("currentTasks"), "taskKey", taskKey).get("taskId").asText();
    }

    /** The lists show the start of the description: a prefix of it, never half a character. */
    private static void assertWellFormedExcerpt(String excerpt, String description) {
        String shown = excerpt.endsWith("…") ? excerpt.substring(0, excerpt.length() - 1) : excerpt;
        assertThat(description).startsWith(shown);
        assertThat(shown.length()).isGreaterThanOrEqualTo(79);
        assertThat(excerpt.chars()
                                .filter(ch -> Character.isSurrogate((char) ch))
                                .count()
                        % 2)
                .isZero();
        assertThat(Character.isHighSurrogate(shown.charAt(shown.length() - 1)))
                .as("the excerpt ends in half a character")
                .isFalse();
    }

    // ---------------------------------------------------------------- the audit trail

    private List<JsonNode> entries(JsonNode history, String action) {
        return StreamSupport.stream(history.spliterator(), false)
                .filter(e -> action.equals(e.get("action").asText()))
                .toList();
    }

    /** An entry of {@code action} by {@code actor} (null: the reporter) with exactly that comment. */
    private void assertEntry(JsonNode history, String action, CurrentUser actor, String comment) {
        List<JsonNode> found = entries(history, action);
        assertThat(found).as("audit entries " + action).isNotEmpty();
        String name = actor == null ? "反映人" : actor.displayName();
        List<String> seen = new ArrayList<>();
        for (JsonNode e : found) {
            String c = e.get("comment").isNull() ? null : e.get("comment").asText();
            seen.add(e.get("actorName").asText() + " / " + c);
            if (name.equals(e.get("actorName").asText()) && (comment == null || comment.equals(c))) {
                if (actor != null) {
                    assertThat(e.get("actorUsername").asText()).isEqualTo(actor.getUsername());
                }
                return;
            }
        }
        throw new AssertionError("no " + action + " entry by " + name + " with comment " + comment + " in " + seen);
    }

    /** Every entry is by one of this test's people, the reporter or the system, named as registered. */
    private void assertActorsAreKnown(JsonNode history) {
        Set<String> known = Set.of(
                applicant.displayName(),
                reviewer.displayName(),
                approver.displayName(),
                officer.displayName(),
                verifier.displayName(),
                "反映人",
                "系统");
        assertThat(history).isNotEmpty();
        history.forEach(e -> assertThat(known).contains(e.get("actorName").asText()));
    }

    // ---------------------------------------------------------------- calls

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.path(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }

    private MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder r, Object body) throws Exception {
        return r.contentType(MediaType.APPLICATION_JSON)
                .characterEncoding(StandardCharsets.UTF_8)
                .content(json.writeValueAsBytes(body));
    }

    private JsonNode call(CurrentUser u, MockHttpServletRequestBuilder request, int expected) throws Exception {
        return answer(mvc.perform(request.with(user(u)).with(csrf())).andReturn(), expected);
    }

    /** An anonymous call from an address of its own (the portal limits calls per address). */
    private JsonNode anonymous(MockHttpServletRequestBuilder request, int expected) throws Exception {
        int n = ADDRESSES.incrementAndGet();
        String address = "10.88." + (n / 250) + "." + (n % 250 + 1);
        return answer(
                mvc.perform(request.with(csrf()).with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                        .andReturn(),
                expected);
    }

    private JsonNode answer(MvcResult result, int expected) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " → " + body)
                .isEqualTo(expected);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        return json.readTree(body);
    }
}
