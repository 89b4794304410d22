package cn.jianfu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

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
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Sends every class of hostile input to every field of every state-changing endpoint: markup,
 * SQL, template expressions, path traversal, characters outside the BMP, texts at and over the
 * limit, 100,000 characters, lone surrogates, wrong JSON types, unknown enum values, null, and
 * broken or huge bodies. Whatever comes in: never a 5xx; a refused call (4xx) changes nothing in
 * the database (rows and checksums of the domain tables and the engine's open tasks); input that
 * is too long or of the wrong kind is a 400 naming the field; an accepted text is stored and
 * answered literally, as JSON.
 *
 * <p>One county serves the whole class; each endpoint keeps one subject to act on and makes a new
 * one only when an accepted call used it up. The admission and clue chains, the portal and the
 * administration are described here; the later features describe theirs in a class of their own
 * ({@link ListReviewFuzzTargets}, {@link EvaluationFuzzTargets}, {@link RecurringFuzzTargets},
 * {@link NoticeFuzzTargets}), whose endpoints also get hostile text in place of their path's id.
 */
@JianfuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzIT {

    private static final int ANONYMOUS_BODY_LIMIT = 64 * 1024;
    private static final int ONE_MB = 1 << 20;
    private static final String MARKER = "FUZZ_MARKER_7F3A";
    static final AtomicInteger SEQ = new AtomicInteger();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgService orgs;

    @Autowired
    UserService users;

    @Autowired
    TaskService tasks;

    County c;
    CurrentUser verifier;
    ListReviewFuzzTargets listReviews;
    EvaluationFuzzTargets evaluations;
    RecurringFuzzTargets topics;
    NoticeFuzzTargets notices;

    @BeforeAll
    void county() {
        c = counties.create();
        OrgUnit discipline =
                orgs.create(new OrgForm("FD" + c.suffix(), "县纪委监委" + c.suffix(), OrgType.DISCIPLINE, null));
        users.create(new UserForm(
                "fver" + c.suffix(), "核查员", TestCounty.PASSWORD, discipline.id(), Set.of(Role.VERIFIER), true));
        verifier = new CurrentUser(users.findByUsername("fver" + c.suffix()).orElseThrow());
        listReviews = new ListReviewFuzzTargets(this);
        evaluations = new EvaluationFuzzTargets(this);
        topics = new RecurringFuzzTargets(this);
        notices = new NoticeFuzzTargets(this);
    }

    // ================================================================ payloads

    enum Kind {
        TEXT,
        AT_LIMIT,
        OVER_LIMIT,
        RAW,
        WRONG_TYPE,
        NULL
    }

    /** {@code value}: the JSON value (TEXT, WRONG_TYPE), or the raw bytes standing for it (RAW). */
    record Payload(String name, Kind kind, Object value) {

        static Payload text(String name, String value) {
            return new Payload(name, Kind.TEXT, value);
        }

        static Payload raw(String name, byte[] bytes) {
            return new Payload(name, Kind.RAW, bytes);
        }

        static Payload raw(String name, String jsonLiteral) {
            return raw(name, jsonLiteral.getBytes(StandardCharsets.UTF_8));
        }

        static Payload wrong(String name, Object value) {
            return new Payload(name, Kind.WRONG_TYPE, value);
        }
    }

    static final List<Payload> TEXT_PAYLOADS = List.of(
            Payload.text("script tag", "<script>alert(1)</script>"),
            Payload.text("SQL injection", "' OR 1=1 --"),
            Payload.text("template ${7*7}", "${7*7}"),
            Payload.text("template #{7*7}", "#{7*7}"),
            Payload.text("templates {{7*7}} <%= 7*7 %> ${jndi:…}", "请核查 {{7*7}} <%= 7*7 %> ${jndi:ldap://x/a} 的问题"),
            Payload.text("path traversal", "../../etc/passwd"),
            Payload.text("4-byte characters", "𠀾𡃁𪚥😀🚜生僻字Aa1!"),
            Payload.text("64 chars of 4-byte characters", "Aa1!" + "𠀾".repeat(30)),
            new Payload("exactly at the limit", Kind.AT_LIMIT, null),
            new Payload("one over the limit", Kind.OVER_LIMIT, null),
            Payload.text("100,000 characters", "长".repeat(100_000)),
            Payload.raw("lone high surrogate (JSON escape)", "\"a\\ud800b\""),
            Payload.raw("lone low surrogate (JSON escape)", "\"\\udc00\""),
            Payload.raw(
                    "lone surrogate (raw CESU-8 bytes)",
                    new byte[] {'"', 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}),
            Payload.wrong("number", 12345),
            Payload.wrong("boolean", true),
            Payload.wrong("array", List.of("x")),
            Payload.wrong("object", Map.of("a", "x")),
            new Payload("null", Kind.NULL, null));

    /** For a whole number (an id, a count): a fraction is not quietly cut to the number below it. */
    static final List<Payload> NUMBER_PAYLOADS = List.of(
            Payload.wrong("text", "abc"),
            Payload.wrong("array", List.of(1)),
            Payload.wrong("object", Map.of("a", 1)),
            Payload.wrong("fraction", new BigDecimal("1.5")),
            Payload.wrong("too large", new BigInteger("99999999999999999999999")));

    /** For a decimal (hours): a fraction is a value like any other, limits are the form's to check. */
    static final List<Payload> DECIMAL_PAYLOADS = List.of(
            Payload.wrong("text", "abc"),
            Payload.wrong("array", List.of(1)),
            Payload.wrong("object", Map.of("a", 1)),
            Payload.wrong("too large", new BigInteger("99999999999999999999999")));

    static final List<Payload> ENUM_PAYLOADS = List.of(
            Payload.wrong("unknown value", "NOT_A_VALUE"),
            Payload.wrong("number", 1),
            Payload.wrong("array", List.of("X")),
            Payload.wrong("object", Map.of()));

    static final List<Payload> BOOLEAN_PAYLOADS = List.of(
            Payload.wrong("text", "maybe"), Payload.wrong("array", List.of(true)), Payload.wrong("object", Map.of()));

    static final List<Payload> DATE_PAYLOADS = List.of(
            Payload.wrong("impossible date", "2026-13-45"),
            Payload.wrong("words", "tomorrow"),
            Payload.wrong("object", Map.of()));

    /** For a date and time: texts that are none, and values that are not text at all. */
    static final List<Payload> DATETIME_PAYLOADS = List.of(
            Payload.wrong("impossible time", "2026-02-30T10:00:00"),
            Payload.wrong("words", "tomorrow"),
            Payload.wrong("number", 12345),
            Payload.wrong("object", Map.of()),
            Payload.wrong("array", List.of("2026-01-01T00:00:00")));

    /** For an object of named whole numbers (scores by dimension). */
    static final List<Payload> MAP_PAYLOADS = List.of(
            Payload.wrong("text instead of an object", "x"),
            Payload.wrong("array", List.of(4)),
            Payload.wrong("text value", Map.of("TASKS", "abc")),
            Payload.wrong("fraction value", Map.of("TASKS", new BigDecimal("2.5"))),
            Payload.wrong("too large value", Map.of("TASKS", new BigInteger("99999999999"))),
            Payload.wrong("object value", Map.of("TASKS", Map.of())));

    static final List<Payload> LIST_PAYLOADS = List.of(
            Payload.wrong("text instead of a list", "x"),
            Payload.wrong("text element", List.of("abc")),
            Payload.wrong("fraction element", List.of(new BigDecimal("1.5"))),
            Payload.wrong("object", Map.of("a", 1)));

    static final List<Payload> ENUM_LIST_PAYLOADS = List.of(
            Payload.wrong("unknown value", List.of("ROOT")),
            Payload.wrong("text instead of a list", "ADMIN"),
            Payload.wrong("object", Map.of()));

    // ================================================================ fields

    enum Type {
        TEXT,
        NUMBER,
        DECIMAL,
        ENUM,
        BOOLEAN,
        DATE,
        DATETIME,
        LIST,
        ENUM_LIST,
        MAP
    }

    /** STRICT: valid text must be accepted; LENIENT: may be refused by other rules; KEY: a look-up key. */
    enum Mode {
        STRICT,
        LENIENT,
        KEY
    }

    static final class Field {
        final String name;
        final Type type;
        int max;
        int min;
        boolean required;
        Pattern pattern;
        Mode mode = Mode.STRICT;
        /** A character outside the BMP: a limit counts it once, as the utf8mb4 column does. */
        String filler = "𠀾";

        Function<String, String> stored = t -> t;

        Field(String name, Type type) {
            this.name = name;
            this.type = type;
        }

        static Field text(String name, int max) {
            Field f = new Field(name, Type.TEXT);
            f.max = max;
            return f;
        }

        static Field of(String name, Type type) {
            return new Field(name, type);
        }

        Field required() {
            required = true;
            return this;
        }

        Field min(int n) {
            min = n;
            return this;
        }

        Field pattern(String regex, String fill) {
            pattern = Pattern.compile(regex);
            filler = fill;
            return this;
        }

        Field mode(Mode m) {
            mode = m;
            return this;
        }

        /** How the stored text reads back when the field is kept inside a longer text (an audit line). */
        Field stored(Function<String, String> f) {
            stored = f;
            return this;
        }

        List<Payload> payloads() {
            return switch (type) {
                case TEXT ->
                    TEXT_PAYLOADS.stream()
                            .filter(p -> max > 0 || (p.kind() != Kind.AT_LIMIT && p.kind() != Kind.OVER_LIMIT))
                            .toList();
                case NUMBER -> NUMBER_PAYLOADS;
                case DECIMAL -> DECIMAL_PAYLOADS;
                case ENUM -> ENUM_PAYLOADS;
                case BOOLEAN -> BOOLEAN_PAYLOADS;
                case DATE -> DATE_PAYLOADS;
                case DATETIME -> DATETIME_PAYLOADS;
                case LIST -> LIST_PAYLOADS;
                case ENUM_LIST -> ENUM_LIST_PAYLOADS;
                case MAP -> MAP_PAYLOADS;
            };
        }

        /** The text a payload stands for in this field (null for payloads that are not text). */
        String text(Payload p) {
            return switch (p.kind()) {
                case TEXT -> (String) p.value();
                case AT_LIMIT -> filler.repeat(max);
                case OVER_LIMIT -> filler.repeat(max + 1);
                default -> null;
            };
        }

        /** Whether the application must take this text (checked only for STRICT fields). */
        boolean valid(String text) {
            String t = text.strip();
            if (t.isEmpty()) {
                return !required;
            }
            return t.codePointCount(0, t.length()) >= min
                    && (pattern == null || pattern.matcher(text).matches());
        }
    }

    // ================================================================ endpoints

    interface Step {
        void run() throws Exception;
    }

    interface ReadBack {
        /** What the application stored for {@code field} after {@code answer}, read afresh. */
        String read(String field, JsonNode answer, Object sent) throws Exception;
    }

    /** One state-changing endpoint: who calls it, on what, with which valid body, and how to read back. */
    static final class Target {
        final String name;
        CurrentUser actor;
        HttpMethod method = HttpMethod.POST;
        Supplier<String> path;
        /** The path with its variable ({@code {id}} or {@code {taskId}}) left in, for the path fuzz. */
        String template;

        Supplier<Map<String, Object>> base;
        Step prepare = () -> {};
        Step used = () -> {};
        ReadBack readBack;
        boolean bodyOptional;
        String derived;
        Function<Map<String, Object>, Object> derive;
        boolean noOpElsewhere;
        final List<Field> fields = new ArrayList<>();

        Target(String name) {
            this.name = name;
        }

        boolean anonymous() {
            return actor == null;
        }

        Target as(CurrentUser u) {
            actor = u;
            return this;
        }

        Target put(Supplier<String> p) {
            method = HttpMethod.PUT;
            path = p;
            return this;
        }

        Target post(Supplier<String> p) {
            path = p;
            return this;
        }

        /** A path with one variable, {@code {id}} (a number) or {@code {taskId}}, filled in with the subject. */
        Target post(String t, Supplier<Object> subject) {
            template = t;
            path = () -> fill(t, String.valueOf(subject.get()));
            return this;
        }

        /** The path with hostile text in place of its variable (encoded as a browser would). */
        String pathWith(String id) {
            return fill(template, UriUtils.encodePathSegment(id, StandardCharsets.UTF_8));
        }

        boolean numericId() {
            return template.contains("{id}");
        }

        private static String fill(String template, String id) {
            return template.replace("{id}", id).replace("{taskId}", id);
        }

        Target base(Supplier<Map<String, Object>> b) {
            base = b;
            return this;
        }

        Target prepare(Step s) {
            prepare = s;
            return this;
        }

        /** What to do after an accepted call used the subject up. */
        Target used(Step s) {
            used = s;
            return this;
        }

        Target readBack(ReadBack r) {
            readBack = r;
            return this;
        }

        Target fields(Field... f) {
            fields.addAll(List.of(f));
            return this;
        }

        /** On an id that is none of the caller's the call is answered and does nothing (idempotent, like marking read). */
        Target noOpElsewhere() {
            noOpElsewhere = true;
            return this;
        }

        Target bodyOptional() {
            bodyOptional = true;
            return this;
        }

        /**
         * A field computed from the rest of the body (a confirmation of the text sent), set afresh
         * whenever another field is under test, so that only the payload decides the answer.
         */
        Target derive(String field, Function<Map<String, Object>, Object> value) {
            derived = field;
            derive = value;
            return this;
        }
    }

    // ================================================================ the tests

    @TestFactory
    Stream<DynamicNode> admission() {
        return Stream.of(createApplication(), updateApplication(), withdraw(), review(), approve())
                .map(this::tests);
    }

    @TestFactory
    Stream<DynamicNode> clueSteps() {
        return Stream.of(
                        recordClue(),
                        triageNotAccepted(),
                        triageAssign(),
                        verify(),
                        plan(),
                        report(),
                        check(),
                        reply(),
                        callback(),
                        typicalPreview(),
                        typical())
                .map(this::tests);
    }

    @TestFactory
    Stream<DynamicNode> portal() {
        return Stream.of(portalSubmit(), supplement(), rate()).map(this::tests);
    }

    /** The file name is the one free text of an upload: cleaned (last path segment, no control characters), never broken. */
    @TestFactory
    Stream<DynamicNode> fileNames() {
        long[] draft = {0};
        long[] clue = {0};
        int[] uploads = {0, 0};
        Target application = new Target("POST /api/admission/applications/{id}/attachments")
                .as(c.applicantA())
                .prepare(() -> {
                    if (draft[0] == 0 || uploads[0] >= 15) {
                        draft[0] = draft();
                        uploads[0] = 0;
                    }
                })
                .post(() -> "/api/admission/applications/" + draft[0] + "/attachments")
                .readBack((field, answer, sent) ->
                        attachmentName(call(c.applicantA(), get("/api/admission/applications/" + draft[0])), answer))
                .used(() -> uploads[0]++);
        Target staff = new Target("POST /api/clues/{id}/attachments")
                .as(c.officer())
                .prepare(() -> {
                    if (clue[0] == 0 || uploads[1] >= 15) {
                        clue[0] = newClue();
                        uploads[1] = 0;
                    }
                })
                .post(() -> "/api/clues/" + clue[0] + "/attachments")
                .readBack((field, answer, sent) -> attachmentName(clue(clue[0]), answer))
                .used(() -> uploads[1]++);
        return Stream.of(application, staff)
                .map(t -> DynamicContainer.dynamicContainer(
                        t.name,
                        FILE_NAMES.stream()
                                .map(n -> DynamicTest.dynamicTest("file name ← " + n.name(), () -> upload(t, n)))));
    }

    /** {@code stored}: the name the file must be stored under, or null when the upload must be refused. */
    record FileName(String name, String sent, String stored) {}

    static final List<FileName> FILE_NAMES = List.of(
            new FileName("script tag", "<script>alert(1)</script>.pdf", "script.pdf"),
            new FileName("SQL injection", "' OR 1=1 --.pdf", "' OR 1=1 --.pdf"),
            new FileName(
                    "templates ('*' is not allowed in file names)", "${7*7}#{7*7}{{7*7}}.pdf", "${77}#{77}{{77}}.pdf"),
            new FileName("path traversal", "../../etc/passwd.pdf", "passwd.pdf"),
            new FileName("Windows path traversal", "..\\..\\windows\\win.ini.pdf", "win.ini.pdf"),
            new FileName("4-byte characters", "𠀾𡃁𪚥😀🚜.pdf", "𠀾𡃁𪚥😀🚜.pdf"),
            new FileName(
                    "200 characters outside the BMP, kept whole", "𠀾".repeat(196) + ".pdf", "𠀾".repeat(196) + ".pdf"),
            new FileName(
                    "long name of 4-byte characters, cut between characters",
                    "名" + "𠀾".repeat(250) + ".pdf",
                    "名" + "𠀾".repeat(189) + ".pdf"),
            new FileName("100,000 characters", "长".repeat(100_000) + ".pdf", "长".repeat(190) + ".pdf"),
            new FileName("lone surrogates", "a\ud800b\udc00.pdf", "ab.pdf"),
            new FileName("control characters", "a\u0000b\u0007c\r\n.pdf", "abc.pdf"),
            new FileName("nothing left", "../...", null));

    private void upload(Target t, FileName n) throws Exception {
        t.prepare.run();
        Map<String, Long> before = snapshot();
        MockHttpServletRequestBuilder request = multipart(t.path.get())
                .file(new MockMultipartFile("file", n.sent(), "application/pdf", PDF))
                .with(csrf())
                .with(user(t.actor));
        MvcResult r = mvc.perform(request).andReturn();
        int status = r.getResponse().getStatus();
        String answer = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String what = t.name + " | file name ← " + n.name() + " → " + status + " " + abbreviate(answer);
        assertSane(r, what);
        if (n.stored() == null) {
            assertThat(status).as(what).isEqualTo(400);
            assertThat(snapshot()).as("a refused call changes nothing: " + what).isEqualTo(before);
            return;
        }
        assertThat(status).as("must be accepted: " + what).isEqualTo(201);
        t.used.run();
        assertThat(t.readBack.read("fileName", json.readTree(answer), n.sent()))
                .as("stored as cleaned, whole characters only: " + what)
                .isEqualTo(n.stored());
    }

    /** The name of the uploaded file as the subject's page lists it, read back from the database. */
    private static String attachmentName(JsonNode detail, JsonNode uploaded) {
        for (JsonNode a : detail.get("attachments")) {
            if (a.get("id").asLong() == uploaded.get("id").asLong()) {
                return a.get("fileName").asText();
            }
        }
        throw new AssertionError("the upload is not listed: " + uploaded);
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TestFactory
    Stream<DynamicNode> administration() {
        return Stream.of(createUser(), updateUser(), createOrg(), updateOrg(), login())
                .map(this::tests);
    }

    // ---------------------------------------------------------------- the later features (targets in *FuzzTargets)

    @TestFactory
    Stream<DynamicNode> listReview() {
        return listReviews.targets.stream().map(this::tests);
    }

    @TestFactory
    Stream<DynamicNode> evaluation() {
        return evaluations.targets.stream().map(this::tests);
    }

    @TestFactory
    Stream<DynamicNode> specialTopics() {
        return topics.targets.stream().map(this::tests);
    }

    @TestFactory
    Stream<DynamicNode> notificationsAndWarnings() {
        return notices.targets.stream().map(this::tests);
    }

    /**
     * Hostile text where a path names its subject, on a subject the caller may act on, with a valid
     * body. None has a '/': a path segment cannot hold one (an encoded one is refused by the servlet
     * container, and by Spring Security's firewall here, before any controller).
     */
    static final List<String> PATH_IDS = List.of(
            "abc",
            "-1",
            "0",
            "1.5",
            "99999999999999999999",
            "9223372036854775807",
            "' OR 1=1 --",
            "<img src=x onerror=alert(1)>",
            "${7*7}",
            "𠀾😀",
            "长".repeat(2000));

    /** Every target with a path variable, and the endpoints that take none but the path: the id is refused, nothing changes. */
    @TestFactory
    Stream<DynamicNode> pathIds() {
        return Stream.of(
                        listReviews.targets,
                        listReviews.pathOnly,
                        evaluations.targets,
                        evaluations.pathOnly,
                        topics.targets,
                        notices.targets,
                        notices.pathOnly)
                .flatMap(List::stream)
                .filter(t -> t.template != null)
                .map(t -> DynamicContainer.dynamicContainer(
                        t.name,
                        PATH_IDS.stream()
                                .map(id ->
                                        DynamicTest.dynamicTest("path ← " + abbreviate(id), () -> pathCase(t, id)))));
    }

    private void pathCase(Target t, String id) throws Exception {
        t.prepare.run();
        byte[] body = t.base == null ? new byte[0] : json.writeValueAsBytes(t.base.get());
        Map<String, Long> before = snapshot();
        MockHttpServletRequestBuilder request = request(t.method, URI.create(t.pathWith(id)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(csrf())
                .with(user(t.actor));
        MvcResult r = mvc.perform(request).andReturn();
        int status = r.getResponse().getStatus();
        String answer = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String what = t.name + " | path ← " + abbreviate(id) + " → " + status + " " + abbreviate(answer);
        assertSane(r, what);
        if (status < 300) {
            t.used.run();
        }
        assertThat(snapshot()).as("a refused call changes nothing: " + what).isEqualTo(before);
        if (t.numericId() && !isLong(id)) {
            assertThat(status).as("a 400 naming the id: " + what).isEqualTo(400);
            assertThat(fieldErrors(answer)).as(what).containsKey("id");
        } else if (!(t.noOpElsewhere && status < 300)) {
            assertThat(status).as("no such subject: " + what).isEqualTo(404);
        }
    }

    // ---------------------------------------------------------------- one target: every field, every body

    private DynamicContainer tests(Target t) {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Field f : t.fields) {
            nodes.add(DynamicContainer.dynamicContainer(
                    f.name,
                    f.payloads().stream()
                            .map(p -> DynamicTest.dynamicTest(f.name + " ← " + p.name(), () -> fieldCase(t, f, p)))));
        }
        nodes.add(DynamicContainer.dynamicContainer(
                "whole body",
                bodies(t).entrySet().stream()
                        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> bodyCase(t, e.getKey(), e.getValue())))));
        return DynamicContainer.dynamicContainer(t.name, nodes);
    }

    // ---------------------------------------------------------------- one field, one payload

    private void fieldCase(Target t, Field f, Payload p) throws Exception {
        t.prepare.run();
        String text = f.text(p);
        byte[] body = body(t, f, p, text);
        Map<String, Long> before = snapshot();
        MvcResult r = perform(t, body, MediaType.APPLICATION_JSON);
        int status = r.getResponse().getStatus();
        String answer = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String what = t.name + " | " + f.name + " ← " + p.name() + " → " + status + " " + abbreviate(answer);
        assertSane(r, what);
        if (status >= 400) {
            assertThat(snapshot()).as("a refused call changes nothing: " + what).isEqualTo(before);
        }
        try {
            boolean big = t.anonymous() && body.length > ANONYMOUS_BODY_LIMIT;
            switch (expectation(f, p, text)) {
                case ACCEPT ->
                    assertThat(status).as("must be accepted: " + what).isBetween(200, 299);
                case REFUSE -> assertThat(status).as("must be refused: " + what).isBetween(400, 499);
                case FIELD -> {
                    if (!(big && status == 413)) {
                        assertThat(status)
                                .as("must be a 400 naming the field: " + what)
                                .isEqualTo(400);
                        assertNamed(fieldErrors(answer), f, what);
                    }
                }
                case ANY -> {}
            }
            if (status < 300) {
                String expected = f.stored.apply(text == null ? null : text.strip());
                assertThat(t.readBack.read(f.name, json.readTree(answer), text))
                        .as("stored literally: " + what)
                        .isEqualTo(expected);
            }
        } finally {
            if (status < 300) {
                t.used.run(); // the subject is used up, even by a call that should have been refused
            }
        }
    }

    /**
     * The answer names the field (an entry of an object field by its path, {@code scores.TASKS}) and
     * says in Chinese what is wrong with it.
     */
    private static void assertNamed(Map<String, String> errors, Field f, String what) {
        String key = errors.containsKey(f.name)
                ? f.name
                : f.type != Type.MAP
                        ? null
                        : errors.keySet().stream()
                                .filter(k -> k.startsWith(f.name + "."))
                                .findFirst()
                                .orElse(null);
        assertThat(key).as("names the field: " + what).isNotNull();
        assertThat(errors.get(key)).as("says in Chinese what is wrong: " + what).containsPattern("\\p{IsHan}");
    }

    enum Expect {
        ACCEPT,
        REFUSE,
        FIELD,
        ANY
    }

    private static Expect expectation(Field f, Payload p, String text) {
        if (f.type != Type.TEXT || p.kind() == Kind.RAW || p.kind() == Kind.WRONG_TYPE) {
            return Expect.FIELD;
        }
        if (p.kind() == Kind.NULL) {
            if (f.mode == Mode.KEY) {
                return Expect.REFUSE;
            }
            return f.required ? Expect.FIELD : f.mode == Mode.STRICT ? Expect.ACCEPT : Expect.ANY;
        }
        if (f.max > 0 && text.codePointCount(0, text.length()) > f.max) {
            return Expect.FIELD;
        }
        return switch (f.mode) {
            case KEY -> Expect.REFUSE;
            case LENIENT -> Expect.ANY;
            case STRICT -> f.valid(text) ? Expect.ACCEPT : Expect.FIELD;
        };
    }

    // ---------------------------------------------------------------- broken and huge bodies

    private Map<String, byte[]> bodies(Target t) {
        Map<String, byte[]> b = new LinkedHashMap<>();
        b.put("empty body", new byte[0]);
        b.put("JSON null", bytes("null"));
        b.put("JSON array", bytes("[]"));
        b.put("JSON string", bytes("\"x\""));
        b.put("broken JSON", bytes("{\"a\": "));
        b.put("invalid UTF-8 bytes", null); // made from the base body when run
        b.put("1 MB of nested arrays", bytes("[".repeat(ONE_MB / 2) + "]".repeat(ONE_MB / 2)));
        b.put("1 MB body (unknown property)", null);
        b.put("text/plain content type", null);
        return b;
    }

    private void bodyCase(Target t, String name, byte[] fixed) throws Exception {
        t.prepare.run();
        Map<String, Object> base = t.base.get();
        byte[] body = fixed;
        MediaType type = MediaType.APPLICATION_JSON;
        switch (name) {
            case "invalid UTF-8 bytes" ->
                body = withRaw(base, firstText(t), new byte[] {'"', (byte) 0xFF, (byte) 0xFE, '"'});
            case "1 MB body (unknown property)" -> {
                Map<String, Object> padded = new LinkedHashMap<>(base);
                padded.put("padding", "x".repeat(ONE_MB));
                body = json.writeValueAsBytes(padded);
            }
            case "text/plain content type" -> {
                body = json.writeValueAsBytes(base);
                type = MediaType.TEXT_PLAIN;
            }
            default -> {}
        }
        Map<String, Long> before = snapshot();
        MvcResult r = perform(t, body, type);
        int status = r.getResponse().getStatus();
        String answer = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String what = t.name + " | " + name + " → " + status + " " + abbreviate(answer);
        assertSane(r, what);
        if (status >= 400) {
            assertThat(snapshot()).as("a refused call changes nothing: " + what).isEqualTo(before);
        }
        if (status < 300) {
            t.used.run();
        }
        boolean big = t.anonymous() && body.length > ANONYMOUS_BODY_LIMIT;
        switch (name) {
            case "text/plain content type" -> assertThat(status).as(what).isEqualTo(415);
            case "1 MB body (unknown property)" ->
                assertThat(status).as(what).isIn(t.anonymous() ? List.of(413) : List.of(200, 201));
            case "empty body", "JSON null" -> {
                if (!t.bodyOptional) {
                    assertThat(status).as(what).isEqualTo(400);
                }
            }
            default -> assertThat(status).as(what).isIn(big ? List.of(400, 413) : List.of(400));
        }
    }

    /** The field the broken bytes go into: the first text, or the first field of a body without text. */
    private static String firstText(Target t) {
        return t.fields.stream().filter(f -> f.type == Type.TEXT).findFirst().orElse(t.fields.get(0)).name;
    }

    // ================================================================ the admission chain

    private Map<String, Object> applicationForm() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("itemName", "模糊测试事项" + c.suffix());
        f.put("category", "NEW");
        f.put("legalBasis", "《村民委员会组织法》第二条");
        f.put("content", "村(社区)配合开展入户宣传");
        f.put("performanceStandard", "每季度一次入户宣传并登记");
        f.put("leadOrgId", c.deptA().id());
        f.put("cooperatingOrgIds", List.of(c.deptB().id()));
        f.put("targetScope", "SELECTED");
        f.put("targetTownshipIds", List.of(c.township().id()));
        f.put("workloadHoursPerMonth", 2.5);
        f.put("frequency", "QUARTERLY");
        f.put("fundingFollows", true);
        f.put("fundingNote", "县财政按户拨付");
        f.put("validFrom", "2026-01-01");
        f.put("selfAssessment", "经自评，确需村(社区)配合。");
        return f;
    }

    private Field[] applicationFields() {
        return new Field[] {
            Field.text("itemName", 100).required(),
            Field.text("legalBasis", 2000),
            Field.text("content", 4000),
            Field.text("performanceStandard", 2000),
            Field.text("fundingNote", 500),
            Field.text("selfAssessment", 4000),
            Field.of("category", Type.ENUM),
            Field.of("targetScope", Type.ENUM),
            Field.of("frequency", Type.ENUM),
            Field.of("workloadHoursPerMonth", Type.DECIMAL),
            Field.of("leadOrgId", Type.NUMBER),
            Field.of("cooperatingOrgIds", Type.LIST),
            Field.of("targetTownshipIds", Type.LIST),
            Field.of("fundingFollows", Type.BOOLEAN),
            Field.of("validFrom", Type.DATE)
        };
    }

    private String applicationField(long id, String field) throws Exception {
        return text(
                call(c.applicantA(), get("/api/admission/applications/" + id)).get(field));
    }

    private Target createApplication() {
        return new Target("POST /api/admission/applications")
                .as(c.applicantA())
                .post(() -> "/api/admission/applications")
                .base(this::applicationForm)
                .fields(applicationFields())
                .readBack((field, answer, sent) ->
                        applicationField(answer.get("id").asLong(), field));
    }

    private Target updateApplication() {
        long[] id = {0};
        return new Target("PUT /api/admission/applications/{id}")
                .as(c.applicantA())
                .prepare(() -> {
                    if (id[0] == 0) {
                        id[0] = draft();
                    }
                })
                .put(() -> "/api/admission/applications/" + id[0])
                .base(this::applicationForm)
                .fields(applicationFields())
                .readBack((field, answer, sent) -> applicationField(id[0], field));
    }

    private Target withdraw() {
        long[] id = {0};
        return new Target("POST /api/admission/applications/{id}/withdraw")
                .as(c.applicantA())
                .prepare(() -> {
                    if (id[0] == 0) {
                        id[0] = draft();
                        submit(id[0]);
                    }
                })
                .post(() -> "/api/admission/applications/" + id[0] + "/withdraw")
                .base(() -> map("reason", "填报有误，撤回修改"))
                .fields(Field.text("reason", 2000))
                .bodyOptional()
                .readBack((field, answer, sent) ->
                        lastComment(call(c.applicantA(), get("/api/admission/applications/" + id[0])), "WITHDRAWN"))
                .used(() -> id[0] = 0);
    }

    /** A review task; after an accepted RETURN the applicant resubmits for the next one. */
    private Target review() {
        long[] id = {0};
        String[] task = {null};
        return new Target("POST /api/admission/tasks/{taskId}/review")
                .as(c.reviewer())
                .prepare(() -> {
                    if (task[0] == null) {
                        if (id[0] == 0) {
                            id[0] = draft();
                        }
                        task[0] = submit(id[0]).at("/currentTask/taskId").asText();
                    }
                })
                .post(() -> "/api/admission/tasks/" + task[0] + "/review")
                .base(() -> map("decision", "RETURN", "comment", "请补充法定依据"))
                .fields(Field.text("comment", 2000).required(), Field.of("decision", Type.ENUM))
                .readBack((field, answer, sent) ->
                        lastComment(call(c.applicantA(), get("/api/admission/applications/" + id[0])), "REVIEWED"))
                .used(() -> task[0] = null);
    }

    /** An approval task; an accepted RETURN sends the application back to review, which passes it again. */
    private Target approve() {
        long[] id = {0};
        String[] task = {null};
        return new Target("POST /api/admission/tasks/{taskId}/approve")
                .as(c.approver())
                .prepare(() -> {
                    if (task[0] == null) {
                        String reviewTask;
                        if (id[0] == 0) {
                            id[0] = draft();
                            reviewTask = submit(id[0]).at("/currentTask/taskId").asText();
                        } else {
                            reviewTask = call(c.applicantA(), get("/api/admission/applications/" + id[0]))
                                    .at("/currentTask/taskId")
                                    .asText();
                        }
                        task[0] = call(
                                        c.reviewer(),
                                        jsonBody(
                                                post("/api/admission/tasks/" + reviewTask + "/review"),
                                                map("decision", "PASS")))
                                .at("/currentTask/taskId")
                                .asText();
                    }
                })
                .post(() -> "/api/admission/tasks/" + task[0] + "/approve")
                .base(() -> map("decision", "RETURN", "comment", "请再审核一次"))
                .fields(Field.text("comment", 2000).required(), Field.of("decision", Type.ENUM))
                .readBack((field, answer, sent) ->
                        lastComment(call(c.applicantA(), get("/api/admission/applications/" + id[0])), "APPROVED"))
                .used(() -> task[0] = null);
    }

    /**
     * Organisation names are accepted up to 100 characters; thirty cooperating departments with such
     * names must not stop the approval, whose list entry holds 1000 characters of them.
     */
    @Test
    void longNamesOfManyCooperatingDepartmentsNeverStopAnApproval() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String name = (i + "县" + "配合部门名称很长".repeat(20)).substring(0, 100);
            ids.add(orgs.create(new OrgForm("LN" + i + "x" + c.suffix(), name, OrgType.COUNTY_DEPT, null))
                    .id());
        }
        Map<String, Object> form = applicationForm();
        form.put("cooperatingOrgIds", ids);
        long id = call(c.applicantA(), jsonBody(post("/api/admission/applications"), form))
                .get("id")
                .asLong();
        String review = submit(id).at("/currentTask/taskId").asText();
        String approval = call(
                        c.reviewer(),
                        jsonBody(post("/api/admission/tasks/" + review + "/review"), map("decision", "PASS")))
                .at("/currentTask/taskId")
                .asText();
        Map<String, Long> before = snapshot();
        MvcResult r = mvc.perform(
                        jsonBody(post("/api/admission/tasks/" + approval + "/approve"), map("decision", "APPROVE"))
                                .with(user(c.approver()))
                                .with(csrf()))
                .andReturn();
        String answer = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as("approve → " + answer).isEqualTo(200);
        assertThat(snapshot()).isNotEqualTo(before);
        JsonNode d = json.readTree(answer);
        assertThat(d.get("status").asText()).isEqualTo("ADMITTED");
        String cooperating = call(c.applicantA(), get("/api/admission-items/" + d.get("admissionItemId")))
                .get("cooperatingOrgs")
                .asText();
        assertThat(cooperating.length()).isLessThanOrEqualTo(1000);
        assertThat(cooperating).startsWith("0县配合部门").endsWith("等30个部门");
    }

    private long draft() throws Exception {
        return call(c.applicantA(), jsonBody(post("/api/admission/applications"), applicationForm()))
                .get("id")
                .asLong();
    }

    private JsonNode submit(long id) throws Exception {
        return call(c.applicantA(), post("/api/admission/applications/" + id + "/submit"));
    }

    // ================================================================ the clue chain

    private Map<String, Object> clueForm(String source) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("category", "FINGERTIP_FORMALISM");
        f.put("source", source);
        f.put("reportedOrgId", null);
        f.put("reportedUnitText", "某县直部门");
        f.put("place", "城关镇东关社区");
        f.put("occurredWhen", "2026年3月以来");
        f.put("description", "要求村干部每天在三个App上打卡签到" + c.suffix());
        f.put("anonymous", false);
        f.put("reporterName", "张反映");
        f.put("reporterPhone", "13912345678");
        return f;
    }

    private Field[] clueFields() {
        return new Field[] {
            Field.text("reportedUnitText", 100).required(),
            Field.text("place", 200),
            Field.text("occurredWhen", 100),
            Field.text("description", 4000).required().min(10),
            Field.text("reporterName", 50),
            Field.text("reporterPhone", 20).pattern("^$|^[0-9+\\- ]{5,20}$", "1"),
            Field.of("category", Type.ENUM),
            Field.of("source", Type.ENUM),
            Field.of("reportedOrgId", Type.NUMBER),
            Field.of("anonymous", Type.BOOLEAN)
        };
    }

    private String clueField(long id, String field) throws Exception {
        JsonNode d = clue(id);
        return switch (field) {
            case "reporterName" -> text(d.at("/reporter/name"));
            case "reporterPhone" -> text(d.at("/reporter/phone"));
            default -> text(d.get(field));
        };
    }

    private Target portalSubmit() {
        return new Target("POST /api/public/clues")
                .post(() -> "/api/public/clues")
                .base(() -> clueForm("PORTAL"))
                .fields(clueFields())
                .readBack((field, answer, sent) -> clueField(answer.get("id").asLong(), field));
    }

    private Target recordClue() {
        return new Target("POST /api/clues")
                .as(c.officer())
                .post(() -> "/api/clues")
                .base(() -> clueForm("HOTLINE"))
                .fields(clueFields())
                .readBack((field, answer, sent) -> clueField(answer.get("id").asLong(), field));
    }

    private Target triageNotAccepted() {
        long[] id = {0};
        return new Target("POST /api/clues/tasks/{taskId}/triage (NOT_ACCEPTED)")
                .as(c.officer())
                .prepare(() -> {
                    if (id[0] == 0) {
                        id[0] = newClue();
                    }
                })
                .post(() -> "/api/clues/tasks/" + task(id[0], "Task_Triage") + "/triage")
                .base(() -> map("decision", "NOT_ACCEPTED", "reason", "不属于减负范围"))
                .fields(Field.text("reason", 2000).required(), Field.of("decision", Type.ENUM))
                .readBack((field, answer, sent) -> text(clue(id[0]).get("notAcceptedReason")))
                .used(() -> id[0] = 0);
    }

    private Target triageAssign() {
        long[] id = {0};
        String assigned = "交办：" + c.deptA().name();
        return new Target("POST /api/clues/tasks/{taskId}/triage (ASSIGN)")
                .as(c.officer())
                .prepare(() -> {
                    if (id[0] == 0) {
                        id[0] = newClue();
                    }
                })
                .post(() -> "/api/clues/tasks/" + task(id[0], "Task_Triage") + "/triage")
                .base(() -> map(
                        "decision",
                        "ASSIGN",
                        "reason",
                        "请核查",
                        "unitIds",
                        List.of(c.deptA().id()),
                        "dual",
                        false))
                .fields(
                        Field.text("reason", 2000).stored(t -> t == null ? assigned : assigned + "。" + t),
                        Field.of("decision", Type.ENUM),
                        Field.of("unitIds", Type.LIST),
                        Field.of("dual", Type.BOOLEAN),
                        Field.of("mergeIntoClueId", Type.NUMBER))
                .readBack((field, answer, sent) -> lastComment(clue(id[0]), "ASSIGNED"))
                .used(() -> id[0] = 0);
    }

    private Target verify() {
        long[] id = {0};
        return new Target("POST /api/clues/tasks/{taskId}/verify")
                .as(verifier)
                .prepare(() -> {
                    if (id[0] == 0) {
                        id[0] = newClue();
                        assign(id[0]);
                    }
                })
                .post(() -> "/api/clues/tasks/" + task(id[0], "Task_Verify") + "/verify")
                .base(() -> map("outcome", "SUBSTANTIATED", "findings", "经核查属实"))
                .fields(Field.text("findings", 4000).required(), Field.of("outcome", Type.ENUM))
                .readBack((field, answer, sent) -> text(clue(id[0]).at("/units/0/findings")))
                .used(() -> id[0] = 0);
    }

    private Target plan() {
        long[] id = {0};
        return new Target("POST /api/clues/tasks/{taskId}/plan")
                .as(c.applicantA())
                .prepare(() -> {
                    if (id[0] == 0) {
                        id[0] = newClue();
                        assign(id[0]);
                        verify(id[0], "SUBSTANTIATED");
                    }
                })
                .post(() -> "/api/clues/tasks/" + task(id[0], "Task_Plan") + "/plan")
                .base(() -> map("plan", "解散工作群", "deadline", inTenDays()))
                .fields(Field.text("plan", 4000).required(), Field.of("deadline", Type.DATE))
                .readBack((field, answer, sent) -> text(clue(id[0]).at("/units/0/plan")))
                .used(() -> id[0] = 0);
    }

    /** A report task; after an accepted report the office sends it back for the next one. */
    private Target report() {
        long[] id = {0};
        boolean[] ready = {false};
        return new Target("POST /api/clues/tasks/{taskId}/report")
                .as(c.applicantA())
                .prepare(() -> {
                    if (id[0] == 0) {
                        id[0] = newClue();
                        assign(id[0]);
                        verify(id[0], "SUBSTANTIATED");
                        plan(id[0]);
                    } else if (!ready[0]) {
                        check(id[0], "SEND_BACK");
                    }
                    ready[0] = true;
                })
                .post(() -> "/api/clues/tasks/" + task(id[0], "Task_Report") + "/report")
                .base(() -> map("report", "已解散工作群"))
                .fields(Field.text("report", 4000).required())
                .readBack((field, answer, sent) -> text(clue(id[0]).at("/units/0/report")))
                .used(() -> ready[0] = false);
    }

    /** The office's check; after an accepted send-back the unit reports again for the next one. */
    private Target check() {
        long[] id = {0};
        boolean[] ready = {false};
        String sentBack = c.deptA().name() + "：退回重报";
        return new Target("POST /api/clues/tasks/{taskId}/check")
                .as(c.officer())
                .prepare(() -> {
                    if (id[0] == 0) {
                        id[0] = newClue();
                        assign(id[0]);
                        verify(id[0], "SUBSTANTIATED");
                        plan(id[0]);
                        report(id[0]);
                    } else if (!ready[0]) {
                        report(id[0]);
                    }
                    ready[0] = true;
                })
                .post(() -> "/api/clues/tasks/" + task(id[0], "Task_Accept") + "/check")
                .base(() -> map("decision", "SEND_BACK", "comment", "请补充整改材料"))
                .fields(
                        Field.text("comment", 2000).required().stored(t -> sentBack + "。" + t),
                        Field.of("decision", Type.ENUM))
                .readBack((field, answer, sent) -> lastComment(clue(id[0]), "RECTIFICATION_CHECKED"))
                .used(() -> ready[0] = false);
    }

    private Target reply() {
        long[] id = {0};
        return new Target("POST /api/clues/tasks/{taskId}/reply")
                .as(c.officer())
                .prepare(() -> {
                    if (id[0] == 0) {
                        id[0] = newClue();
                        assign(id[0]);
                        verify(id[0], "NOT_SUBSTANTIATED");
                    }
                })
                .post(() -> "/api/clues/tasks/" + task(id[0], "Task_Reply") + "/reply")
                .base(() -> map("reply", "经核查，反映的问题不属实"))
                .fields(Field.text("reply", 4000).required())
                .readBack((field, answer, sent) -> text(clue(id[0]).get("reply")))
                .used(() -> id[0] = 0);
    }

    /** 回访 that did not reach the reporter: recorded each time, so one answered clue serves every call. */
    private Target callback() {
        long[] id = {0};
        return new Target("POST /api/clues/{id}/callbacks")
                .as(c.officer())
                .prepare(() -> {
                    if (id[0] == 0) {
                        id[0] = newClue();
                        assign(id[0]);
                        verify(id[0], "NOT_SUBSTANTIATED");
                        call(
                                c.officer(),
                                jsonBody(
                                        post("/api/clues/tasks/" + task(id[0], "Task_Reply") + "/reply"),
                                        map("reply", "经核查不属实")));
                    }
                })
                .post("/api/clues/{id}/callbacks", () -> id[0])
                .base(() -> map("reached", false, "note", "电话无人接听"))
                .fields(Field.text("note", 500))
                .readBack((field, answer, sent) -> {
                    JsonNode all = clue(id[0]).get("callbacks");
                    return text(all.get(all.size() - 1).get("note"));
                });
    }

    private Target typicalPreview() {
        long[] id = {0};
        return new Target("POST /api/clues/{id}/typical/preview")
                .as(c.officer())
                .prepare(() -> {
                    if (id[0] == 0) {
                        id[0] = closedClue();
                    }
                })
                .post(() -> "/api/clues/" + id[0] + "/typical/preview")
                .base(() -> map("summary", "某部门要求村里每日打卡，已责令整改"))
                .fields(Field.text("summary", 2000).required())
                .readBack((field, answer, sent) -> {
                    assertThat(clue(id[0]).get("typical").asBoolean())
                            .as("a preview publishes nothing")
                            .isFalse();
                    assertThat(answer.get("digest").asText())
                            .isEqualTo(sha256(answer.get("summary").asText()));
                    return text(answer.get("summary"));
                });
    }

    /** Publishing carries the digest the preview gave for the same text, computed here the same way. */
    private Target typical() {
        long[] id = {0};
        return new Target("POST /api/clues/{id}/typical")
                .as(c.officer())
                .prepare(() -> {
                    if (id[0] == 0) {
                        id[0] = closedClue();
                    }
                })
                .post(() -> "/api/clues/" + id[0] + "/typical")
                .base(() -> confirmed(map("typical", true, "summary", "某部门要求村里每日打卡，已责令整改")))
                .derive("confirmedDigest", FuzzIT::digestOfSummary)
                .fields(
                        Field.text("summary", 2000).required(),
                        Field.of("typical", Type.BOOLEAN),
                        Field.text("confirmedDigest", 0).mode(Mode.KEY))
                .readBack((field, answer, sent) -> text(clue(id[0]).get("typicalSummary")));
    }

    private long closedClue() throws Exception {
        PortalClue p = toRating();
        portalCall("rate", map("clueNo", p.clueNo, "code", p.code, "rating", "SATISFIED"));
        return p.id;
    }

    private static Map<String, Object> confirmed(Map<String, Object> body) {
        body.put("confirmedDigest", digestOfSummary(body));
        return body;
    }

    /** What the preview answers for the body's summary: the SHA-256 of the text as stored (stripped). */
    private static Object digestOfSummary(Map<String, Object> body) {
        return body.get("summary") instanceof String s ? sha256(s.strip()) : null;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- the portal

    record PortalClue(long id, String clueNo, String code) {}

    private Target supplement() {
        PortalClue[] p = {null};
        return new Target("POST /api/public/clues/supplement")
                .prepare(() -> {
                    if (p[0] == null) {
                        p[0] = portalClue();
                    }
                })
                .post(() -> "/api/public/clues/supplement")
                .base(() -> map("clueNo", p[0].clueNo, "code", p[0].code, "content", "补充：群里又发了通知"))
                .fields(
                        Field.text("content", 4000).required(),
                        Field.text("clueNo", 0).mode(Mode.KEY),
                        Field.text("code", 0).mode(Mode.KEY))
                .readBack((field, answer, sent) -> {
                    JsonNode messages = clue(p[0].id).get("messages");
                    return text(messages.get(messages.size() - 1).get("content"));
                });
    }

    /** The clue number and query code are fuzzed on the supplement; the rating goes through the same gate. */
    private Target rate() {
        PortalClue[] p = {null};
        return new Target("POST /api/public/clues/rate")
                .prepare(() -> {
                    if (p[0] == null) {
                        p[0] = toRating();
                    }
                })
                .post(() -> "/api/public/clues/rate")
                .base(() -> map(
                        "clueNo",
                        p[0].clueNo,
                        "code",
                        p[0].code,
                        "rating",
                        "UNSATISFIED",
                        "comment",
                        "没有解决",
                        "reopen",
                        false))
                .fields(
                        Field.text("comment", 1000).required(),
                        Field.of("rating", Type.ENUM),
                        Field.of("reopen", Type.BOOLEAN))
                .readBack((field, answer, sent) -> text(clue(p[0].id).get("ratingComment")))
                .used(() -> p[0] = null);
    }

    private PortalClue portalClue() throws Exception {
        JsonNode receipt = anonymous(jsonBody(post("/api/public/clues"), clueForm("PORTAL")));
        return new PortalClue(
                receipt.get("id").asLong(),
                receipt.get("clueNo").asText(),
                receipt.get("queryCode").asText());
    }

    /** A portal clue the office has answered: the reporter may rate it now. */
    private PortalClue toRating() throws Exception {
        PortalClue p = portalClue();
        assign(p.id);
        verify(p.id, "NOT_SUBSTANTIATED");
        call(
                c.officer(),
                jsonBody(post("/api/clues/tasks/" + task(p.id, "Task_Reply") + "/reply"), map("reply", "经核查不属实")));
        return p;
    }

    private JsonNode portalCall(String action, Map<String, Object> body) throws Exception {
        return anonymous(jsonBody(post("/api/public/clues/" + action), body));
    }

    // ---------------------------------------------------------------- clue steps for the set-up

    long newClue() throws Exception {
        return call(c.officer(), jsonBody(post("/api/clues"), clueForm("HOTLINE")))
                .get("id")
                .asLong();
    }

    private JsonNode clue(long id) throws Exception {
        return call(c.officer(), get("/api/clues/" + id));
    }

    private String task(long id, String taskKey) {
        List<Task> open = tasks.createTaskQuery()
                .processDefinitionKey("clue")
                .processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(taskKey)
                .list();
        assertThat(open).as("clue " + id + " has one open " + taskKey).hasSize(1);
        return open.get(0).getId();
    }

    private void assign(long id) throws Exception {
        call(
                c.officer(),
                jsonBody(
                        post("/api/clues/tasks/" + task(id, "Task_Triage") + "/triage"),
                        map("decision", "ASSIGN", "unitIds", List.of(c.deptA().id()))));
    }

    private void verify(long id, String outcome) throws Exception {
        call(
                verifier,
                jsonBody(
                        post("/api/clues/tasks/" + task(id, "Task_Verify") + "/verify"),
                        map("outcome", outcome, "findings", "核查情况")));
    }

    private void plan(long id) throws Exception {
        call(
                c.applicantA(),
                jsonBody(
                        post("/api/clues/tasks/" + task(id, "Task_Plan") + "/plan"),
                        map("plan", "整改方案", "deadline", inTenDays())));
    }

    private void report(long id) throws Exception {
        call(
                c.applicantA(),
                jsonBody(post("/api/clues/tasks/" + task(id, "Task_Report") + "/report"), map("report", "已整改")));
    }

    private void check(long id, String decision) throws Exception {
        call(
                c.officer(),
                jsonBody(
                        post("/api/clues/tasks/" + task(id, "Task_Accept") + "/check"),
                        map("decision", decision, "comment", "请补充")));
    }

    private static String inTenDays() {
        return Clock.now().toLocalDate().plusDays(10).toString();
    }

    // ================================================================ users, organisations, login

    private Map<String, Object> userForm() {
        return map(
                "username",
                "fz" + SEQ.incrementAndGet() + c.suffix(),
                "displayName",
                "模糊测试用户",
                "password",
                TestCounty.PASSWORD,
                "orgId",
                c.deptB().id(),
                "roles",
                List.of("APPLICANT"),
                "enabled",
                true);
    }

    /** The stored display name or user name, or for a password whether one can log in with it. */
    private String userField(String username, String field, Object sent) throws Exception {
        if (field.equals("password")) {
            if (sent == null) {
                return null; // no new password: the old one stays
            }
            MvcResult r = mvc.perform(jsonBody(post("/api/auth/login"), map("username", username, "password", sent))
                            .with(csrf())
                            .with(fromNewAddress()))
                    .andReturn();
            return r.getResponse().getStatus() == 200 ? (String) sent : "(cannot log in)";
        }
        JsonNode list = call(c.admin(), get("/api/users").param("keyword", username));
        for (JsonNode u : list.get("items")) {
            if (username.equals(u.get("username").asText())) {
                return text(u.get(field));
            }
        }
        return "(no such user)";
    }

    private Target createUser() {
        return new Target("POST /api/users")
                .as(c.admin())
                .post(() -> "/api/users")
                .base(this::userForm)
                .fields(
                        Field.text("username", 50).required().pattern("[A-Za-z0-9_.-]{3,50}", "a"),
                        Field.text("displayName", 50).required(),
                        Field.text("password", 72).required().mode(Mode.LENIENT),
                        Field.of("orgId", Type.NUMBER),
                        Field.of("roles", Type.ENUM_LIST),
                        Field.of("enabled", Type.BOOLEAN))
                .readBack((field, answer, sent) ->
                        userField(answer.get("username").asText(), field, sent));
    }

    private Target updateUser() {
        String[] username = {null};
        long[] id = {0};
        return new Target("PUT /api/users/{id}")
                .as(c.admin())
                .prepare(() -> {
                    if (id[0] == 0) {
                        JsonNode u = call(c.admin(), jsonBody(post("/api/users"), userForm()));
                        id[0] = u.get("id").asLong();
                        username[0] = u.get("username").asText();
                    }
                })
                .put(() -> "/api/users/" + id[0])
                .base(() -> {
                    Map<String, Object> f = userForm();
                    f.put("username", username[0]);
                    f.put("password", "");
                    return f;
                })
                .fields(
                        Field.text("displayName", 50).required(),
                        Field.text("password", 72).mode(Mode.LENIENT),
                        Field.of("orgId", Type.NUMBER),
                        Field.of("roles", Type.ENUM_LIST),
                        Field.of("enabled", Type.BOOLEAN))
                .readBack((field, answer, sent) -> userField(username[0], field, sent));
    }

    private Map<String, Object> orgForm() {
        return map("code", "FZ" + SEQ.incrementAndGet() + c.suffix(), "name", "模糊测试机构", "type", "COUNTY_DEPT");
    }

    private String orgField(long id, String field) throws Exception {
        for (JsonNode o : call(c.admin(), get("/api/orgs"))) {
            if (o.get("id").asLong() == id) {
                return text(o.get(field));
            }
        }
        return "(no such organisation)";
    }

    private Target createOrg() {
        return new Target("POST /api/orgs")
                .as(c.admin())
                .post(() -> "/api/orgs")
                .base(this::orgForm)
                .fields(
                        Field.text("code", 40).required().pattern("[A-Za-z0-9_-]{2,40}", "a"),
                        Field.text("name", 100).required(),
                        Field.of("type", Type.ENUM),
                        Field.of("parentId", Type.NUMBER))
                .readBack((field, answer, sent) -> orgField(answer.get("id").asLong(), field));
    }

    private Target updateOrg() {
        long[] id = {0};
        String[] code = {null};
        return new Target("PUT /api/orgs/{id}")
                .as(c.admin())
                .prepare(() -> {
                    if (id[0] == 0) {
                        JsonNode o = call(c.admin(), jsonBody(post("/api/orgs"), orgForm()));
                        id[0] = o.get("id").asLong();
                        code[0] = o.get("code").asText();
                    }
                })
                .put(() -> "/api/orgs/" + id[0])
                .base(() -> map("code", code[0], "name", "模糊测试机构（改）", "type", "COUNTY_DEPT"))
                .fields(
                        Field.text("name", 100).required(),
                        Field.of("type", Type.ENUM),
                        Field.of("parentId", Type.NUMBER))
                .readBack((field, answer, sent) -> orgField(id[0], field));
    }

    private Target login() {
        return new Target("POST /api/auth/login")
                .post(() -> "/api/auth/login")
                .base(() -> map("username", c.applicantB().getUsername(), "password", "Wrong@12345x"))
                .fields(
                        Field.text("username", 50).required().mode(Mode.LENIENT),
                        Field.text("password", 72).required().mode(Mode.LENIENT))
                .readBack((field, answer, sent) -> (String) sent);
    }

    // ================================================================ calls and checks

    /** Rows and checksums of everything a call could change: equal before and after a refused call. */
    private Map<String, Long> snapshot() {
        Map<String, Long> s = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT 'applications', COUNT(*) FROM admission_application
                UNION ALL SELECT 'applications~', COALESCE(SUM(CRC32(CONCAT_WS('|', id, status, updated_at,
                    refusal_reason))), 0) FROM admission_application
                UNION ALL SELECT 'application orgs', COUNT(*) FROM admission_application_org
                UNION ALL SELECT 'admission items', COUNT(*) FROM admission_item
                UNION ALL SELECT 'clues', COUNT(*) FROM clue
                UNION ALL SELECT 'clues~', COALESCE(SUM(CRC32(CONCAT_WS('|', id, status, updated_at))), 0) FROM clue
                UNION ALL SELECT 'clue units', COUNT(*) FROM clue_unit
                UNION ALL SELECT 'clue units~', COALESCE(SUM(CRC32(CONCAT_WS('|', id, status, outcome,
                    send_back_count, CRC32(findings), CRC32(plan), CRC32(report)))), 0) FROM clue_unit
                UNION ALL SELECT 'clue messages', COUNT(*) FROM clue_message
                UNION ALL SELECT 'audit events', COUNT(*) FROM audit_event
                UNION ALL SELECT 'users', COUNT(*) FROM app_user
                UNION ALL SELECT 'users~', COALESCE(SUM(CRC32(CONCAT_WS('|', id, display_name, password_hash,
                    enabled, session_version, org_id))), 0) FROM app_user
                UNION ALL SELECT 'user roles', COUNT(*) FROM app_user_role
                UNION ALL SELECT 'orgs', COUNT(*) FROM org_unit
                UNION ALL SELECT 'orgs~', COALESCE(SUM(CRC32(CONCAT_WS('|', id, code, name, type, parent_id))), 0)
                    FROM org_unit
                UNION ALL SELECT 'item versions', COUNT(*) FROM admission_item_version
                UNION ALL SELECT 'list reviews', COUNT(*) FROM list_review
                UNION ALL SELECT 'list reviews~', COALESCE(SUM(CRC32(CONCAT_WS('|', id, status, round_name, proposal,
                    CRC32(proposal_reason), new_item_name, CRC32(new_content), CRC32(new_standard), new_hours,
                    finished_at))), 0) FROM list_review
                UNION ALL SELECT 'review feedback', COUNT(*) FROM list_review_feedback
                UNION ALL SELECT 'evaluation rounds', COUNT(*) FROM evaluation_round
                UNION ALL SELECT 'evaluation rounds~', COALESCE(SUM(CRC32(CONCAT_WS('|', id, name, status,
                    closed_at))), 0) FROM evaluation_round
                UNION ALL SELECT 'evaluation ratings', COUNT(*) FROM evaluation_rating
                UNION ALL SELECT 'evaluation scores', COUNT(*) FROM evaluation_score
                UNION ALL SELECT 'evaluation comments', COUNT(*) FROM evaluation_comment
                UNION ALL SELECT 'evaluation comments~', COALESCE(SUM(CRC32(CONCAT_WS('|', id, status,
                    screened_by))), 0) FROM evaluation_comment
                UNION ALL SELECT 'special topics', COUNT(*) FROM special_topic
                UNION ALL SELECT 'special topics~', COALESCE(SUM(CRC32(CONCAT_WS('|', id, status, closed_at))), 0)
                    FROM special_topic
                UNION ALL SELECT 'topic clues', COUNT(*) FROM special_topic_clue
                UNION ALL SELECT 'topic reports', COUNT(*) FROM special_topic_report
                UNION ALL SELECT 'warnings~', COALESCE(SUM(CRC32(CONCAT_WS('|', id, status, acknowledged_by,
                    CRC32(acknowledged_note)))), 0) FROM warning
                UNION ALL SELECT 'notification preferences~', COALESCE(SUM(CRC32(CONCAT_WS('|', user_id, email,
                    email_enabled, webhook_to, webhook_enabled, daily_digest, updated_at))), 0) FROM notification_preference
                UNION ALL SELECT 'notifications', COUNT(*) FROM notification
                UNION ALL SELECT 'notifications~', COALESCE(SUM(CRC32(CONCAT_WS('|', id, read_at))), 0)
                    FROM notification
                UNION ALL SELECT 'open tasks', COUNT(*) FROM ACT_RU_TASK
                UNION ALL SELECT 'open tasks~', COALESCE(SUM(CRC32(CONCAT_WS('|', ID_, ASSIGNEE_, REV_))), 0)
                    FROM ACT_RU_TASK
                UNION ALL SELECT 'executions', COUNT(*) FROM ACT_RU_EXECUTION
                """,
                rs -> {
                    s.put(rs.getString(1), rs.getLong(2));
                });
        return s;
    }

    private byte[] body(Target t, Field f, Payload p, String text) throws Exception {
        Map<String, Object> base = t.base.get();
        if (p.kind() == Kind.RAW) {
            return withRaw(base, f.name, (byte[]) p.value());
        }
        Map<String, Object> body = new LinkedHashMap<>(base);
        body.put(f.name, text != null ? text : p.value());
        if (t.derived != null && !t.derived.equals(f.name)) {
            body.put(t.derived, t.derive.apply(body));
        }
        return json.writeValueAsBytes(body);
    }

    /** The base body with the value of {@code field} replaced by raw bytes (which JSON writers never make). */
    private byte[] withRaw(Map<String, Object> base, String field, byte[] raw) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(base);
        body.put(field, MARKER);
        String s = json.writeValueAsString(body);
        int at = s.indexOf('"' + MARKER + '"');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(s.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.write(raw);
        out.write(s.substring(at + MARKER.length() + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private MvcResult perform(Target t, byte[] body, MediaType type) throws Exception {
        MockHttpServletRequestBuilder r =
                request(t.method, t.path.get()).contentType(type).content(body).with(csrf());
        r = t.anonymous() ? r.with(fromNewAddress()) : r.with(user(t.actor));
        return mvc.perform(r).andReturn();
    }

    /** Never a server error, never a stack trace; whatever comes back is JSON, never a page to render. */
    private static void assertSane(MvcResult r, String what) throws Exception {
        int status = r.getResponse().getStatus();
        assertThat(status).as("never a 5xx: " + what).isLessThan(500);
        String answer = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (!answer.isEmpty()) {
            assertThat(r.getResponse().getContentType()).as(what).startsWith(MediaType.APPLICATION_JSON_VALUE);
            assertThat(answer).as(what).doesNotContain("Exception").doesNotContain("\tat ");
        }
        if (status < 300) {
            assertThat(r.getResponse().getHeader("X-Content-Type-Options"))
                    .as(what)
                    .isEqualTo("nosniff");
        }
    }

    private Map<String, String> fieldErrors(String answer) throws Exception {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode node = answer.isEmpty() ? null : json.readTree(answer).get("fieldErrors");
        if (node != null) {
            node.fields()
                    .forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText()));
        }
        return errors;
    }

    JsonNode call(CurrentUser u, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(user(u)).with(csrf())).andReturn();
        return ok(r);
    }

    private JsonNode anonymous(MockHttpServletRequestBuilder request) throws Exception {
        return ok(mvc.perform(request.with(csrf()).with(fromNewAddress())).andReturn());
    }

    private JsonNode ok(MvcResult r) throws Exception {
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus())
                .as(r.getRequest().getMethod() + " " + r.getRequest().getRequestURI() + " → " + body)
                .isBetween(200, 299);
        return json.readTree(body);
    }

    MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder r, Object body) throws Exception {
        return r.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body));
    }

    /** Every anonymous call from an address of its own: the portal and the login limit calls per address. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor fromNewAddress() {
        int n = ADDRESSES.incrementAndGet();
        String address = "10.99." + (n / 250 % 250) + "." + (n % 250 + 1);
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    static String lastComment(JsonNode detail, String action) {
        JsonNode found = null;
        for (JsonNode e : detail.get("history")) {
            if (action.equals(e.get("action").asText())) {
                found = e;
            }
        }
        assertThat(found).as("an audit entry " + action).isNotNull();
        return text(found.get("comment"));
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isLong(String s) {
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
