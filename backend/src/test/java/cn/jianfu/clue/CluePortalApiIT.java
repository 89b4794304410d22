package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.org.OrgService;
import cn.jianfu.org.UserService;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The anonymous portal as a phone reaches it: submitting, following a clue with its code, the
 * code's protection against guessing, the submission limit and attachment abuse.
 */
@JianfuTest
class CluePortalApiIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClueTriage triaging;

    @Autowired
    UnitTasks unitTasks;

    @Autowired
    OfficeTasks officeTasks;

    @Autowired
    ClueQueries queries;

    @Autowired
    OrgService orgs;

    @Autowired
    UserService users;

    @Autowired
    TaskService taskService;

    County c;
    /** Every test comes from addresses of its own, so the per-client limits of one test do not touch another. */
    String address;

    @BeforeEach
    void county() {
        c = counties.create();
        address = newAddress();
    }

    static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private MvcResult anonymous(MockHttpServletRequestBuilder request, String from, int expected) throws Exception {
        return mvc.perform(request.with(csrf()).with(from(from)))
                .andExpect(status().is(expected))
                .andReturn();
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder r, Object body) throws Exception {
        return r.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private JsonNode submit(ClueForm form) throws Exception {
        return body(anonymous(jsonBody(post("/api/public/clues"), form), address, 201));
    }

    private MvcResult query(String clueNo, String code, String from, int expected) throws Exception {
        return anonymous(
                jsonBody(post("/api/public/clues/query"), Map.of("clueNo", clueNo, "code", code)), from, expected);
    }

    @Test
    void reporterSubmitsAnonymouslyAndFollowsTheClueWithTheCode() throws Exception {
        JsonNode receipt = submit(ClueTesting.form(c, "要求村干部每天在三个App上签到" + c.suffix()));
        String clueNo = receipt.get("clueNo").asText();
        String code = receipt.get("queryCode").asText();
        assertThat(clueNo).matches("XS-\\d{4}-\\d{4}");
        assertThat(code).hasSizeGreaterThanOrEqualTo(16);

        // the code as typed on a phone: lower case, with spaces
        String typed = code.substring(0, 5).toLowerCase() + " " + code.substring(5);
        JsonNode view = body(query(clueNo, typed, address, 200));
        assertThat(view.get("status").asText()).isEqualTo("TRIAGE");
        assertThat(view.get("statusLabel").asText()).isEqualTo("待分办");
        assertThat(view.get("canSupplement").asBoolean()).isTrue();
        assertThat(view.get("canRate").asBoolean()).isFalse();

        view = body(anonymous(
                jsonBody(
                        post("/api/public/clues/supplement"),
                        Map.of("clueNo", clueNo, "code", code, "content", "补充：签到截图要求发到群里")),
                address,
                200));
        assertThat(view.get("messages")).anySatisfy(m -> {
            assertThat(m.get("kind").asText()).isEqualTo("SUPPLEMENT");
            assertThat(m.get("content").asText()).isEqualTo("补充：签到截图要求发到群里");
        });
        anonymous(
                jsonBody(post("/api/public/clues/rate"), Map.of("clueNo", clueNo, "code", code, "rating", "SATISFIED")),
                address,
                409);

        // the code never appears in a URL: the look-up is a POST only
        mvc.perform(get("/api/public/clues/query")
                        .param("clueNo", clueNo)
                        .param("code", code)
                        .with(from(address)))
                .andExpect(status().isMethodNotAllowed());
        // and like every other call it needs the CSRF token
        mvc.perform(jsonBody(post("/api/public/clues/query"), Map.of("clueNo", clueNo, "code", code))
                        .with(from(address)))
                .andExpect(status().isForbidden());
    }

    @Test
    void reporterReadsTheReplyAndRatesIt() throws Exception {
        JsonNode receipt = submit(ClueTesting.form(c, "县里要求村里重复填报同一张表格" + c.suffix()));
        long id = receipt.get("id").asLong();
        String clueNo = receipt.get("clueNo").asText();
        String code = receipt.get("queryCode").asText();
        ClueTesting t = new ClueTesting(orgs, users, taskService);
        triaging.triage(
                t.taskId(id, ClueProcess.TASK_TRIAGE),
                new TriageForm(
                        TriageDecision.ASSIGN,
                        null,
                        null,
                        java.util.List.of(c.deptA().id()),
                        false),
                c.officer());
        unitTasks.verify(
                t.taskId(id, ClueProcess.TASK_VERIFY),
                VerificationOutcome.NOT_SUBSTANTIATED,
                "内部核查意见：无需整改",
                c.applicantA());
        officeTasks.reply(t.taskId(id, ClueProcess.TASK_REPLY), "经核查，该表格已合并，不再重复填报。", c.officer());

        JsonNode view = body(query(clueNo, code, address, 200));
        assertThat(view.get("status").asText()).isEqualTo("RATING");
        assertThat(view.get("canRate").asBoolean()).isTrue();
        assertThat(view.get("outcome").asText()).isEqualTo("经核查，反映的问题不属实");
        assertThat(view.get("messages"))
                .anySatisfy(m -> assertThat(m.get("content").asText()).contains("不再重复填报"));
        // internal findings and the people who handled it stay inside; the handling unit is named
        // only on the step bar
        assertThat(view.toString())
                .doesNotContain("内部核查意见")
                .doesNotContain(c.applicantA().getUsername());
        assertThat(((com.fasterxml.jackson.databind.node.ObjectNode) view.deepCopy())
                        .without("milestones")
                        .toString())
                .doesNotContain(c.deptA().name());

        view = body(anonymous(
                jsonBody(
                        post("/api/public/clues/rate"),
                        Map.of("clueNo", clueNo, "code", code, "rating", "SATISFIED", "comment", "满意")),
                address,
                200));
        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(view.get("rating").asText()).isEqualTo("SATISFIED");
        assertThat(view.get("canSupplement").asBoolean()).isFalse();
    }

    @Test
    void theTrackingPageShowsTheStepsWithDatesAndUnitsButNoPersonsName() throws Exception {
        // people whose names differ from their user names, so either would show
        String officer = "王减负" + c.suffix();
        String cadre = "李核查" + c.suffix();
        jdbc.update(
                "UPDATE app_user SET display_name = ? WHERE username = ?",
                officer,
                c.officer().getUsername());
        jdbc.update(
                "UPDATE app_user SET display_name = ? WHERE username = ?",
                cadre,
                c.applicantA().getUsername());
        JsonNode receipt = submit(ClueTesting.form(c, "要求村里每周上报三张内容相同的表格" + c.suffix()));
        long id = receipt.get("id").asLong();
        String clueNo = receipt.get("clueNo").asText();
        String code = receipt.get("queryCode").asText();

        JsonNode bar = body(query(clueNo, code, address, 200)).get("milestones");
        assertThat(bar)
                .extracting(m -> m.get("key").asText())
                .containsExactly("ASSIGNED", "VERIFIED", "RECTIFIED", "ANSWERED");
        assertThat(bar.get(0).get("state").asText()).isEqualTo("CURRENT");
        assertThat(bar.get(0).get("people")).isEmpty();

        ClueTesting t = new ClueTesting(orgs, users, taskService);
        triaging.triage(
                t.taskId(id, ClueProcess.TASK_TRIAGE),
                new TriageForm(
                        TriageDecision.ASSIGN,
                        null,
                        null,
                        java.util.List.of(c.deptA().id()),
                        false),
                c.officer());
        unitTasks.verify(
                t.taskId(id, ClueProcess.TASK_VERIFY), VerificationOutcome.SUBSTANTIATED, "属实，需整改", c.applicantA());

        JsonNode view = body(query(clueNo, code, address, 200));
        bar = view.get("milestones");
        assertThat(bar).extracting(m -> m.get("state").asText()).containsExactly("DONE", "DONE", "CURRENT", "WAITING");
        assertThat(bar.get(0).get("label").asText()).isEqualTo("交办");
        assertThat(bar.get(0).get("at").asText()).isNotBlank();
        assertThat(bar.get(0).get("people"))
                .extracting(JsonNode::asText)
                .containsExactly(c.office().name());
        assertThat(bar.get(1).get("at").asText()).isNotBlank();
        assertThat(bar.get(1).get("people"))
                .extracting(JsonNode::asText)
                .containsExactly(c.deptA().name());
        assertThat(bar.get(2).get("people")).isEmpty();
        assertThat(view.toString())
                .doesNotContain(officer)
                .doesNotContain(cadre)
                .doesNotContain(c.officer().getUsername())
                .doesNotContain(c.applicantA().getUsername());
    }

    @Test
    void wrongCodeAndUnknownClueGetTheSameAnswer() throws Exception {
        JsonNode receipt = submit(ClueTesting.form(c, "某局要求社区出具居住证明以外的各类证明" + c.suffix()));
        String clueNo = receipt.get("clueNo").asText();
        String code = receipt.get("queryCode").asText();
        String wrong = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);

        MvcResult wrongCode = query(clueNo, wrong, address, 404);
        MvcResult unknownClue = query("XS-1999-9999", code, newAddress(), 404);
        MvcResult garbage = query(clueNo, "not-a-code", newAddress(), 404);
        String expected = "{\"status\":404,\"message\":\"线索编号或查询码不正确\"}";
        assertThat(wrongCode.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(expected);
        assertThat(unknownClue.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(expected);
        assertThat(garbage.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(expected);
        // supplementing and rating with a wrong code reveal nothing either
        MvcResult supplement = anonymous(
                jsonBody(post("/api/public/clues/supplement"), Map.of("clueNo", clueNo, "code", wrong, "content", "x")),
                newAddress(),
                404);
        assertThat(supplement.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(expected);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM clue_message m JOIN clue c ON c.id = m.clue_id WHERE c.clue_no = ?",
                        Long.class,
                        clueNo))
                .isZero();
    }

    @Test
    void aCodeStoredAsBcryptBeforeTheHmacStillWorksAndIsReplacedByTheHmac() throws Exception {
        JsonNode receipt = submit(ClueTesting.form(c, "旧版查询码：BCrypt存储的线索" + c.suffix()));
        String clueNo = receipt.get("clueNo").asText();
        String code = receipt.get("queryCode").asText();
        String stored = jdbc.queryForObject("SELECT query_code_hash FROM clue WHERE clue_no = ?", String.class, clueNo);
        assertThat(stored).startsWith(QueryCodeHashes.PREFIX).hasSize(QueryCodeHashes.PREFIX.length() + 32);
        String bcrypt = new BCryptPasswordEncoder().encode(code);
        jdbc.update("UPDATE clue SET query_code_hash = ? WHERE clue_no = ?", bcrypt, clueNo);

        String wrongCode = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
        query(clueNo, wrongCode, newAddress(), 404);
        assertThat(jdbc.queryForObject("SELECT query_code_hash FROM clue WHERE clue_no = ?", String.class, clueNo))
                .as("a wrong code leaves the old hash alone")
                .isEqualTo(bcrypt);

        assertThat(body(query(clueNo, code, address, 200)).get("status").asText())
                .isEqualTo("TRIAGE");
        assertThat(jdbc.queryForObject("SELECT query_code_hash FROM clue WHERE clue_no = ?", String.class, clueNo))
                .as("the first right code replaces BCrypt by the HMAC")
                .isEqualTo(stored);
        assertThat(body(query(clueNo, code, address, 200)).get("status").asText())
                .isEqualTo("TRIAGE");
    }

    @Test
    void strangersFailingAgainstAClueNumberCannotLockItsReporterOut() throws Exception {
        JsonNode receipt = submit(ClueTesting.form(c, "工作群每晚十点还要求接龙报数" + c.suffix()));
        String clueNo = receipt.get("clueNo").asText();
        String code = receipt.get("queryCode").asText();
        String wrong = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
        for (int i = 0; i < 12; i++) {
            query(clueNo, wrong, newAddress(), 404); // a guesser rotating addresses
        }
        // the reporter, with the right code, still follows the clue
        query(clueNo, code, newAddress(), 200);
    }

    @Test
    void oneClientGuessingAcrossClueNumbersIsStopped() throws Exception {
        String guesser = newAddress();
        for (int i = 0; i < 10; i++) {
            query("XS-2000-%04d".formatted(i), "ABCDEFGHJKMNPQRSTUVW", guesser, 404);
        }
        JsonNode receipt = submit(ClueTesting.form(c, "要求村里统一制作宣传展板" + c.suffix()));
        MvcResult blocked =
                query(receipt.get("clueNo").asText(), receipt.get("queryCode").asText(), guesser, 429);
        assertThat(body(blocked).get("message").asText()).isEqualTo("操作过于频繁，请稍后再试");
        query(receipt.get("clueNo").asText(), receipt.get("queryCode").asText(), newAddress(), 200);
    }

    @Test
    void submissionsPerClientAreLimited() throws Exception {
        for (int i = 0; i < 10; i++) {
            submit(ClueTesting.form(c, "限流测试线索第" + i + "条，内容足够长" + c.suffix()));
        }
        MvcResult limited = anonymous(
                jsonBody(post("/api/public/clues"), ClueTesting.form(c, "限流测试线索第十一条，内容足够长" + c.suffix())),
                address,
                429);
        assertThat(body(limited).get("message").asText()).isEqualTo("提交过于频繁，请一小时后再试");
        anonymous(
                jsonBody(post("/api/public/clues"), ClueTesting.form(c, "另一台手机提交的线索内容" + c.suffix())),
                newAddress(),
                201);
    }

    @Test
    void invalidSubmissionsAreRefusedWithMessagesPerField() throws Exception {
        JsonNode e = body(anonymous(
                jsonBody(
                        post("/api/public/clues"),
                        new ClueForm(null, null, null, null, null, null, "太短", true, null, null)),
                address,
                400));
        assertThat(e.get("fieldErrors").get("category").asText()).isEqualTo("请选择问题类别");
        assertThat(e.get("fieldErrors").get("description").asText()).contains("10");
        e = body(anonymous(
                jsonBody(
                        post("/api/public/clues"),
                        new ClueForm(
                                ClueCategory.OTHER, null, null, null, null, null, "没有写被反映单位的线索内容", false, null, null)),
                address,
                400));
        assertThat(e.get("fieldErrors").get("reportedUnitText").asText()).contains("被反映的单位");
        assertThat(e.get("fieldErrors").get("reporterName").asText()).contains("匿名");
        // the public portal cannot pretend to be the office's hotline
        anonymous(
                jsonBody(
                        post("/api/public/clues"),
                        new ClueForm(
                                ClueCategory.OTHER,
                                ClueSource.HOTLINE,
                                c.deptA().id(),
                                null,
                                null,
                                null,
                                "冒充热线来源的线索内容",
                                true,
                                null,
                                null)),
                address,
                400);
    }

    @Test
    void villageRefusalOfANonAdmittedTaskIsFiledWithItsCategory() throws Exception {
        JsonNode receipt = submit(new ClueForm(
                ClueCategory.OTHER,
                ClueSource.VILLAGE_REFUSAL,
                null,
                "县某局",
                c.village1().name(),
                "本周",
                "要求村里组织人口普查以外的入户登记，未列入准入清单",
                true,
                null,
                null));
        ClueDetail d = queries.get(receipt.get("id").asLong(), c.officer());
        assertThat(d.source()).isEqualTo(ClueSource.VILLAGE_REFUSAL);
        assertThat(d.category()).isEqualTo(ClueCategory.UNADMITTED_TASK);
        assertThat(d.reportedUnitText()).isEqualTo("县某局");
        assertThat(d.reporter().anonymous()).isTrue();
    }

    // ---- attachments ---------------------------------------------------------------------------

    private MockHttpServletRequestBuilder upload(JsonNode receipt, MockMultipartFile file) {
        return multipart("/api/public/clues/attachments")
                .file(file)
                .param("clueNo", receipt.get("clueNo").asText())
                .param("code", receipt.get("queryCode").asText());
    }

    @Test
    void oversizedFilesAreRefused() throws Exception {
        JsonNode receipt = submit(ClueTesting.form(c, "附件测试：上传超大文件" + c.suffix()));
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        MvcResult r = anonymous(
                upload(receipt, new MockMultipartFile("file", "big.pdf", "application/pdf", big)), address, 413);
        assertThat(body(r).get("message").asText()).contains("10MB");
        assertThat(queries.get(receipt.get("id").asLong(), c.officer()).attachments())
                .isEmpty();
    }

    @Test
    void theTotalOfAClueIsLimited() throws Exception {
        JsonNode receipt = submit(ClueTesting.form(c, "附件测试：合计超过上限" + c.suffix()));
        byte[] nine = Arrays.copyOf(PDF, 9 * 1024 * 1024);
        for (int i = 0; i < 3; i++) {
            anonymous(
                    upload(receipt, new MockMultipartFile("file", "part" + i + ".pdf", "application/pdf", nine)),
                    address,
                    200);
        }
        MvcResult r = anonymous(
                upload(receipt, new MockMultipartFile("file", "part3.pdf", "application/pdf", nine)), address, 413);
        assertThat(body(r).get("message").asText()).contains("合计不能超过30MB");
        assertThat(queries.get(receipt.get("id").asLong(), c.officer()).attachments())
                .hasSize(3);
    }

    @Test
    void filesDisguisedByTheirExtensionAreRefused() throws Exception {
        JsonNode receipt = submit(ClueTesting.form(c, "附件测试：伪装的网页" + c.suffix()));
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        anonymous(upload(receipt, new MockMultipartFile("file", "report.pdf", "application/pdf", html)), address, 415);
        anonymous(upload(receipt, new MockMultipartFile("file", "photo.jpg", "image/jpeg", html)), address, 415);
        anonymous(upload(receipt, new MockMultipartFile("file", "page.html", "text/html", html)), address, 415);
        // a real PDF under an image name is refused too: the extension must agree with the content
        anonymous(upload(receipt, new MockMultipartFile("file", "scan.png", "image/png", PDF)), address, 415);
        assertThat(queries.get(receipt.get("id").asLong(), c.officer()).attachments())
                .isEmpty();
    }

    @Test
    void pathTraversalNamesAreReducedToTheirLastSegment() throws Exception {
        JsonNode receipt = submit(ClueTesting.form(c, "附件测试：路径穿越文件名" + c.suffix()));
        JsonNode view = body(anonymous(
                upload(receipt, new MockMultipartFile("file", "../../../../etc/passwd.pdf", "application/pdf", PDF)),
                address,
                200));
        view = body(anonymous(
                upload(receipt, new MockMultipartFile("file", "..\\..\\windows\\evil.pdf", "application/pdf", PDF)),
                address,
                200));
        assertThat(view.get("files"))
                .extracting(f -> f.get("fileName").asText())
                .containsExactly("passwd.pdf", "evil.pdf");
        var stored = jdbc.queryForList(
                "SELECT file_name, storage_key FROM attachment WHERE owner_type = 'CLUE' AND owner_id = ?",
                receipt.get("id").asLong());
        assertThat(stored).hasSize(2).allSatisfy(row -> {
            assertThat((String) row.get("file_name")).doesNotContain("/", "\\", "..");
            assertThat((String) row.get("storage_key")).matches("[0-9a-f-]{36}");
        });

        // staff download it as an attachment, never inline; a unit that was not assigned cannot see it
        long attachmentId = queries.get(receipt.get("id").asLong(), c.officer())
                .attachments()
                .get(0)
                .id();
        mvc.perform(get("/api/attachments/" + attachmentId).with(user(c.officer())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/api/attachments/" + attachmentId).with(user(c.applicantB())))
                .andExpect(status().isNotFound());
    }
}
