package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The printable approval form (审批单): an application driven through review and approval prints
 * its item, each decision with the decider and their organisation, and the list number; only those
 * who may read the application get it; rare characters and emoji do not break it.
 */
@JianfuTest
class ApprovalFormIT {

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

    private MockHttpServletResponse send(CurrentUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
    }

    private JsonNode ok(CurrentUser who, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = send(who, request);
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(body).isEqualTo(200);
        return json.readTree(body);
    }

    private long draft(Map<String, Object> form) throws Exception {
        MockHttpServletResponse r = send(
                c.applicantA(),
                post("/api/admission/applications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(form)));
        assertThat(r.getStatus())
                .as(r.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(201);
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8))
                .get("id")
                .asLong();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> form(String name) {
        return new HashMap<>(json.convertValue(TestCounty.form(name, c.deptA(), c.township()), Map.class));
    }

    private String submit(long id) throws Exception {
        return ok(c.applicantA(), post("/api/admission/applications/" + id + "/submit"))
                .at("/currentTask/taskId")
                .asText();
    }

    private JsonNode decide(CurrentUser who, String taskId, String step, String decision, String comment)
            throws Exception {
        return ok(
                who,
                post("/api/admission/tasks/" + taskId + "/" + step)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("decision", decision, "comment", comment))));
    }

    private MockHttpServletResponse form(CurrentUser who, long id) throws Exception {
        return send(who, get("/api/admission/applications/" + id + "/approval-form.pdf"));
    }

    private static String text(MockHttpServletResponse pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void anAdmittedApplicationPrintsItsItemDecisionsAndListNumber() throws Exception {
        String name = "打印审批单事项" + c.suffix();
        long id = draft(form(name));
        String review = submit(id);
        String approval = decide(c.reviewer(), review, "review", "PASS", "材料齐全，同意转审批")
                .at("/currentTask/taskId")
                .asText();
        JsonNode admitted = decide(c.approver(), approval, "approve", "APPROVE", "同意列入清单");
        assertThat(admitted.get("status").asText()).isEqualTo("ADMITTED");
        String listNo = admitted.get("listNo").asText();
        assertThat(listNo).isNotBlank();

        MockHttpServletResponse pdf = form(c.applicantA(), id);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(pdf.getHeader("Cache-Control")).contains("no-store");
        String text = text(pdf);
        assertThat(text)
                .contains("审批单", name, "县教育局" + c.suffix())
                .contains("材料齐全，同意转审批", "同意列入清单")
                .contains(c.reviewer().displayName(), c.social().name())
                .contains(c.approver().displayName(), c.leadership().name())
                .contains("批准", "准予列入准入清单", listNo)
                .contains("生成时间", "第 1 页 / 共");
        assertThat(text.indexOf("材料齐全")).as("decisions in order").isLessThan(text.indexOf("同意列入清单"));

        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            PDFont font = doc.getPage(0)
                    .getResources()
                    .getFont(doc.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertThat(font.isEmbedded())
                    .as("the Chinese font travels with the PDF")
                    .isTrue();
            assertThat(font.getName()).as("only a subset of it").matches("[A-Z]{6}\\+.*");
        }
        assertThat(pdf.getContentAsByteArray().length)
                .as("a subset, not the whole 10 MB font")
                .isLessThan(300_000);
        // whoever reads the application may print it
        assertThat(form(c.reviewer(), id).getStatus()).isEqualTo(200);
        assertThat(form(c.officer(), id).getStatus()).isEqualTo(200);
    }

    @Test
    void othersGetNotFound() throws Exception {
        long id = draft(form("他人不可见" + c.suffix()));
        assertThat(form(c.reviewer(), id).getStatus())
                .as("a draft is its department's only")
                .isEqualTo(404);
        MockHttpServletResponse draft = form(c.applicantA(), id);
        assertThat(draft.getStatus()).isEqualTo(200);
        assertThat(text(draft)).contains("尚无审核、审批意见", "未提交", "尚在办理中");
        submit(id);
        assertThat(form(c.applicantB(), id).getStatus()).isEqualTo(404);
        assertThat(form(c.villager(), id).getStatus()).isEqualTo(404);
        assertThat(form(c.applicantA(), 987_654_321L).getStatus()).isEqualTo(404);
    }

    @Test
    void rareCharactersAndEmojiDoNotBreakIt() throws Exception {
        String name = "生僻字𠀀😀事项" + c.suffix();
        long id = draft(form(name));
        String review = submit(id);
        decide(c.reviewer(), review, "review", "REFUSE", "理由𠀀😀不符合准入条件");

        MockHttpServletResponse pdf = form(c.applicantA(), id);
        assertThat(pdf.getStatus()).isEqualTo(200);
        String text = text(pdf);
        assertThat(text).contains("生僻字□□事项" + c.suffix()).contains("不予通过", "理由□□不符合准入条件", "不予准入");
    }

    @Test
    void longTextsRunOnOverPages() throws Exception {
        Map<String, Object> f = form("长文本事项" + c.suffix());
        f.put("content", "村(社区)配合开展入户宣传并登记。".repeat(200));
        f.put("selfAssessment", "Self assessment in English words that wrap. ".repeat(90));
        long id = draft(f);

        MockHttpServletResponse pdf = form(c.applicantA(), id);
        assertThat(pdf.getStatus()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("第 2 页 / 共 " + doc.getNumberOfPages() + " 页", "事项内容（续）");
        }
    }
}
