package cn.jianfu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The limits in {@link TextLimits} are the columns' sizes, and they count characters as the
 * columns do: a name of 100 characters outside the BMP (200 UTF-16 units) is taken and stored
 * whole, one more is a 400 on the field.
 */
@JianfuTest
class TextLimitsIT {

    /** Every column a limit stands for. */
    static final Map<String, Integer> COLUMNS = columns();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    private static Map<String, Integer> columns() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("org_unit.name", TextLimits.ORG_NAME);
        m.put("app_user.display_name", TextLimits.DISPLAY_NAME);
        m.put("audit_event.actor_name", TextLimits.DISPLAY_NAME);
        m.put("audit_event.comment", TextLimits.AUDIT_LINE);
        m.put("admission_application.item_name", TextLimits.ITEM_NAME);
        m.put("admission_item.item_name", TextLimits.ITEM_NAME);
        m.put("admission_application.legal_basis", TextLimits.LEGAL_BASIS);
        m.put("admission_item.legal_basis", TextLimits.LEGAL_BASIS);
        m.put("admission_application.content", TextLimits.ITEM_CONTENT);
        m.put("admission_item.content", TextLimits.ITEM_CONTENT);
        m.put("admission_application.performance_standard", TextLimits.PERFORMANCE_STANDARD);
        m.put("admission_item.performance_standard", TextLimits.PERFORMANCE_STANDARD);
        m.put("admission_application.funding_note", TextLimits.FUNDING_NOTE);
        m.put("admission_application.self_assessment", TextLimits.SELF_ASSESSMENT);
        m.put("admission_application.refusal_reason", TextLimits.DECISION_COMMENT);
        m.put("admission_item.cooperating_orgs", TextLimits.COOPERATING_NAMES);
        m.put("clue.reported_unit_text", TextLimits.REPORTED_UNIT_TEXT);
        m.put("clue.place", TextLimits.PLACE);
        m.put("clue.occurred_when", TextLimits.OCCURRED_WHEN);
        m.put("clue.description", TextLimits.DESCRIPTION);
        m.put("clue.not_accepted_reason", TextLimits.CLUE_COMMENT);
        m.put("clue.reply", TextLimits.CLUE_TEXT);
        m.put("clue.rating_comment", TextLimits.RATING_COMMENT);
        m.put("clue.typical_summary", TextLimits.TYPICAL_SUMMARY);
        m.put("clue_unit.findings", TextLimits.CLUE_TEXT);
        m.put("clue_unit.plan", TextLimits.CLUE_TEXT);
        m.put("clue_unit.report", TextLimits.CLUE_TEXT);
        m.put("clue_message.content", TextLimits.CLUE_TEXT);
        m.put("clue_callback.note", TextLimits.CALLBACK_NOTE);
        m.put("attachment.file_name", TextLimits.FILE_NAME);
        m.put("warning.acknowledged_note", TextLimits.WARNING_NOTE);
        m.put("list_review_feedback.comment_text", TextLimits.FEEDBACK_COMMENT);
        m.put("special_topic.title", TextLimits.TOPIC_TITLE);
        m.put("special_topic.description", TextLimits.TOPIC_DESCRIPTION);
        m.put("special_topic_report.text_body", TextLimits.TOPIC_REPORT);
        m.put("list_review.proposal_reason", TextLimits.PROPOSAL_REASON);
        m.put("list_review.new_item_name", TextLimits.ITEM_NAME);
        m.put("list_review.new_content", TextLimits.ITEM_CONTENT);
        m.put("list_review.new_standard", TextLimits.PERFORMANCE_STANDARD);
        m.put("list_review.round_name", TextLimits.REVIEW_ROUND_NAME);
        m.put("notification_preference.email", TextLimits.NOTIFY_EMAIL);
        m.put("notification_preference.webhook_to", TextLimits.NOTIFY_RECEIVER);

        m.put("evaluation_round.name", TextLimits.EVALUATION_ROUND_NAME);
        m.put("evaluation_comment.content", TextLimits.EVALUATION_COMMENT);
        m.put("user_phrase.phrase_text", TextLimits.PHRASE_TEXT);
        return m;
    }

    @Test
    void everyLimitIsItsColumnsSize() {
        Map<String, Integer> actual = new LinkedHashMap<>();
        COLUMNS.keySet().forEach(key -> {
            String[] tc = key.split("\\.");
            actual.put(
                    key,
                    jdbc.queryForObject(
                            "SELECT CHARACTER_MAXIMUM_LENGTH FROM information_schema.COLUMNS"
                                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?",
                            Integer.class,
                            tc[0],
                            tc[1]));
        });
        assertThat(actual).isEqualTo(COLUMNS);
    }

    @Test
    void aLimitCountsACharacterOutsideTheBmpOnce() throws Exception {
        County c = counties.create();
        String longest = "𠀾".repeat(TextLimits.ITEM_NAME);
        String body = mvc.perform(post("/api/admission/applications")
                        .with(user(c.applicantA()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("itemName", longest))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT item_name FROM admission_application WHERE id = ?", String.class, id))
                .isEqualTo(longest);

        mvc.perform(put("/api/admission/applications/" + id)
                        .with(user(c.applicantA()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("itemName", longest + "𠀾"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.itemName").value("事项名称不能超过100个字"));
        assertThat(jdbc.queryForObject("SELECT item_name FROM admission_application WHERE id = ?", String.class, id))
                .isEqualTo(longest);
    }
}
