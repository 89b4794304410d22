package cn.jianfu.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The working-day calendar over HTTP: who may keep it, what it accepts, what it records. */
@JianfuTest
class CalendarApiIT {

    static final String URL = "/api/calendar/special-days";

    /** The year this test writes in: no other test lists a day in it. */
    static final int YEAR = 2044;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingDayCalendar calendar;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    @AfterEach
    void removeThisTestsDays() {
        jdbc.update(
                "DELETE FROM calendar_special_day WHERE special_date BETWEEN ? AND ?",
                LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31));
    }

    private JsonNode call(CurrentUser u, MockHttpServletRequestBuilder request, int expected) throws Exception {
        if (u != null) {
            request.with(user(u));
        }
        String body = mvc.perform(request.with(csrf()))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return body.isEmpty() ? null : json.readTree(body);
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder r, String content) {
        return r.contentType(MediaType.APPLICATION_JSON).content(content);
    }

    private static MockHttpServletRequestBuilder day(
            MockHttpServletRequestBuilder r, String date, String kind, String name) {
        return body(r, "{\"date\":\"%s\",\"kind\":\"%s\",\"name\":\"%s\"}".formatted(date, kind, name));
    }

    private JsonNode errors(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return call(c.admin(), request, expected).get("fieldErrors");
    }

    private int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM calendar_special_day", Integer.class);
    }

    @Test
    void onlyAdministratorsSeeAndKeepTheCalendar() throws Exception {
        for (CurrentUser other : List.of(c.officer(), c.applicantA(), c.reviewer(), c.approver(), c.villager())) {
            call(other, get(URL).param("year", "2026"), 403);
            call(other, day(post(URL), YEAR + "-03-07", "HOLIDAY", "假日"), 403);
            call(other, day(put(URL + "/1"), YEAR + "-03-07", "HOLIDAY", "假日"), 403);
            call(other, delete(URL + "/1"), 403);
        }
        call(null, get(URL).param("year", "2026"), 401);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM calendar_special_day WHERE special_date BETWEEN ? AND ?",
                        Integer.class,
                        LocalDate.of(YEAR, 1, 1),
                        LocalDate.of(YEAR, 12, 31)))
                .isZero();

        JsonNode year = call(c.admin(), get(URL).param("year", "2026"), 200);
        assertThat(year).hasSize(39);
        assertThat(year.get(0).get("date").asText()).isEqualTo("2026-01-01");
        assertThat(year.get(0).get("kind").asText()).isEqualTo("HOLIDAY");
        assertThat(year.get(0).get("name").asText()).isEqualTo("元旦");
        assertThat(year.get(0).get("changedBy").asText()).isEqualTo("系统");
        assertThat(year.get(38).get("date").asText()).isEqualTo("2026-10-10");
        assertThat(year.get(38).get("kind").asText()).isEqualTo("MAKEUP_WORKDAY");
        assertThat(call(c.admin(), get(URL).param("year", "2043"), 200)).isEmpty();
    }

    @Test
    void aDayIsAddedChangedAndRemovedWithAnAuditLineEachAndCountsAtOnce() throws Exception {
        LocalDate monday = LocalDate.of(YEAR, 3, 7);
        JsonNode added = call(c.admin(), day(post(URL), monday.toString(), "HOLIDAY", " 县庆 "), 201);
        long id = added.get("id").asLong();
        assertThat(added.get("name").asText()).isEqualTo("县庆");
        assertThat(added.get("changedBy").asText()).isEqualTo(c.admin().displayName());
        assertThat(calendar.isWorkingDay(monday)).isFalse();

        JsonNode changed =
                call(c.admin(), day(put(URL + "/" + id), monday.minusDays(1).toString(), "MAKEUP_WORKDAY", "县庆"), 200);
        assertThat(changed.get("date").asText()).isEqualTo(YEAR + "-03-06");
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(calendar.isWorkingDay(monday.minusDays(1))).isTrue(); // a Sunday worked
        assertThat(call(c.admin(), get(URL).param("year", String.valueOf(YEAR)), 200))
                .singleElement()
                .satisfies(d -> assertThat(d.get("kind").asText()).isEqualTo("MAKEUP_WORKDAY"));

        call(c.admin(), delete(URL + "/" + id), 204);
        assertThat(calendar.isWorkingDay(monday.minusDays(1))).isFalse();
        assertThat(call(c.admin(), get(URL).param("year", String.valueOf(YEAR)), 200))
                .isEmpty();

        List<AuditEntry> trail = audit.history(SpecialDays.SUBJECT, id);
        assertThat(trail)
                .extracting(AuditEntry::action)
                .containsExactly(
                        AuditAction.CALENDAR_DAY_ADDED,
                        AuditAction.CALENDAR_DAY_CHANGED,
                        AuditAction.CALENDAR_DAY_REMOVED);
        assertThat(trail.get(0).actorUsername()).isEqualTo(c.admin().getUsername());
        assertThat(trail.get(0).comment()).isEqualTo("2044-03-07（周一）放假：县庆");
        assertThat(trail.get(1).comment()).isEqualTo("2044-03-07（周一）放假：县庆 → 2044-03-06（周日）调休上班：县庆");
        assertThat(trail.get(2).comment()).isEqualTo("2044-03-06（周日）调休上班：县庆");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() throws Exception {
        int before = rows();
        JsonNode e = errors(body(post(URL), "{}"), 400);
        assertThat(e.get("date").asText()).isEqualTo("请选择日期");
        assertThat(e.get("kind").asText()).isEqualTo("请选择放假或调休上班");
        assertThat(e.get("name").asText()).isEqualTo("请填写节日名称");
        assertThat(errors(day(post(URL), YEAR + "-02-30", "HOLIDAY", "假日"), 400)
                        .get("date")
                        .asText())
                .isEqualTo("日期格式不正确，应为 yyyy-MM-dd");
        assertThat(errors(day(post(URL), "2044/03/07", "HOLIDAY", "假日"), 400).has("date"))
                .isTrue();
        assertThat(errors(day(post(URL), YEAR + "-03-07", "DAY_OFF", "假日"), 400)
                        .get("kind")
                        .asText())
                .isEqualTo("不是可选的值，请从给定的选项中选择");
        assertThat(errors(day(post(URL), YEAR + "-03-07", "MAKEUP_WORKDAY", "假日"), 400)
                        .get("kind")
                        .asText())
                .isEqualTo("调休上班只能设在周六或周日，2044-03-07（周一）本来就是工作日");
        assertThat(errors(day(post(URL), "2100-01-01", "HOLIDAY", "元旦"), 400)
                        .get("date")
                        .asText())
                .isEqualTo("日期须在2000年至2099年之间");
        assertThat(errors(day(post(URL), YEAR + "-03-07", "HOLIDAY", "节".repeat(31)), 400)
                        .get("name")
                        .asText())
                .isEqualTo("节日名称不能超过30个字");
        call(c.admin(), body(post(URL), "{\"date\":"), 400);
        assertThat(rows()).isEqualTo(before);

        assertThat(errors(get(URL).param("year", "1999"), 400).get("year").asText())
                .isEqualTo("年份须在2000至2099之间");
        assertThat(errors(get(URL).param("year", "今年"), 400).has("year")).isTrue();
        assertThat(errors(get(URL), 400).has("year")).isTrue();

        // a change with bad input leaves the day as it was
        long id = call(c.admin(), day(post(URL), YEAR + "-03-07", "HOLIDAY", "县庆"), 201)
                .get("id")
                .asLong();
        errors(day(put(URL + "/" + id), YEAR + "-03-08", "MAKEUP_WORKDAY", ""), 400);
        assertThat(call(c.admin(), get(URL).param("year", String.valueOf(YEAR)), 200))
                .singleElement()
                .satisfies(d -> assertThat(d.get("date").asText()
                                + d.get("kind").asText()
                                + d.get("name").asText())
                        .isEqualTo(YEAR + "-03-07HOLIDAY县庆"));
    }

    @Test
    void aDateListedAlreadyIsAConflictAndAnUnknownDayIsNotFound() throws Exception {
        int before = rows();
        JsonNode conflict = call(c.admin(), day(post(URL), "2026-10-01", "HOLIDAY", "国庆节"), 409);
        assertThat(conflict.get("message").asText()).isEqualTo("该日期已有安排");
        assertThat(conflict.get("fieldErrors").get("date").asText())
                .isEqualTo("2026-10-01（周四）已在工作日历中（放假：国庆节），请修改那一条，不要重复添加");
        assertThat(rows()).isEqualTo(before);

        long first = call(c.admin(), day(post(URL), YEAR + "-03-07", "HOLIDAY", "县庆"), 201)
                .get("id")
                .asLong();
        long second = call(c.admin(), day(post(URL), YEAR + "-03-08", "HOLIDAY", "县庆"), 201)
                .get("id")
                .asLong();
        assertThat(errors(day(put(URL + "/" + second), YEAR + "-03-07", "HOLIDAY", "县庆"), 409)
                        .get("date")
                        .asText())
                .startsWith("2044-03-07（周一）已在工作日历中");
        // a day may keep its own date
        call(c.admin(), day(put(URL + "/" + first), YEAR + "-03-07", "HOLIDAY", "县庆节"), 200);

        long unknown = first + second + 1_000_000;
        assertThat(call(c.admin(), day(put(URL + "/" + unknown), YEAR + "-03-09", "HOLIDAY", "县庆"), 404)
                        .get("message")
                        .asText())
                .isEqualTo("该日期安排不存在，可能已被删除");
        call(c.admin(), delete(URL + "/" + unknown), 404);
        call(c.admin(), delete(URL + "/" + second), 204);
        call(c.admin(), delete(URL + "/" + second), 404);
        call(c.admin(), delete(URL + "/abc"), 400);
    }
}
