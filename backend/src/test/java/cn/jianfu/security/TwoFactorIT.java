package cn.jianfu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jianfu.testing.Browser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Staff who see reporters' identities sign in with a second factor; others may choose to. */
@JianfuTest
@TestPropertySource(properties = "jianfu.two-factor.enforce=true")
class TwoFactorIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestCounty counties;

    County c;
    int address;

    @BeforeEach
    void county() {
        c = counties.create();
        ClockUtil.reset();
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    private ResultActions call(Browser session, String path, Object body) throws Exception {
        var request = post(path).with(csrf()).with(r -> {
            r.setRemoteAddr("10.42.0." + (address % 250));
            return r;
        });
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return session.perform(request);
    }

    private Browser passwordStep(CurrentUser who, Browser session) throws Exception {
        call(session, "/api/auth/login", Map.of("username", who.getUsername(), "password", TestCounty.PASSWORD))
                .andExpect(status().isOk());
        return session;
    }

    private static String codeFor(String secret, long offsetSteps) throws Exception {
        long step = ClockUtil.getCurrentTime().getTime() / 1000 / TwoFactor.PERIOD_SECONDS + offsetSteps;
        return new DefaultCodeGenerator().generate(secret, step);
    }

    @Test
    void theOfficeMustSetUpASecondFactorBeforeSeeingAnythingAndThenSignsInWithIt() throws Exception {
        address = 1;
        Browser session = passwordStep(c.officer(), new Browser(mvc));
        session.perform(get("/api/auth/me"))
                .andExpect(jsonPath("$.twoFactorSetupRequired").value(true));
        session.perform(get("/api/clues").param("scope", "all"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(TwoFactorGate.MESSAGE));

        JsonNode setup = json.readTree(call(session, "/api/auth/two-factor/setup", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qrImage").value(org.hamcrest.Matchers.startsWith("data:image/png;base64,")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String secret = setup.get("secret").asText();
        assertThat(setup.get("otpauthUri").asText())
                .startsWith("otpauth://totp/")
                .contains(secret);

        call(session, "/api/auth/two-factor/enable", Map.of("code", "000000")).andExpect(status().isBadRequest());
        JsonNode enabled =
                json.readTree(call(session, "/api/auth/two-factor/enable", Map.of("code", codeFor(secret, 0)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(enabled.get("recoveryCodes")).hasSize(10);
        session.perform(get("/api/clues").param("scope", "all")).andExpect(status().isOk());

        // next time: the password alone signs nobody in
        address = 2;
        Browser next = new Browser(mvc);
        call(next, "/api/auth/login", Map.of("username", c.officer().getUsername(), "password", TestCounty.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.twoFactorRequired").value(true));
        String before = next.session();
        next.perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
        call(next, "/api/auth/login/two-factor", Map.of("code", "123456")).andExpect(status().isUnauthorized());
        ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 30_000));
        call(next, "/api/auth/login/two-factor", Map.of("code", codeFor(secret, 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.twoFactorSetupRequired").value(false));
        Browser signedIn = next;
        assertThat(signedIn.session())
                .as("a new session after the second factor")
                .isNotEqualTo(before);
        signedIn.perform(get("/api/clues").param("scope", "all")).andExpect(status().isOk());

        // a recovery code works once
        address = 3;
        String recovery = enabled.get("recoveryCodes").get(0).asText();
        Browser third = passwordStep(c.officer(), new Browser(mvc));
        call(third, "/api/auth/login/two-factor", Map.of("code", recovery)).andExpect(status().isOk());
        address = 4;
        Browser fourth = passwordStep(c.officer(), new Browser(mvc));
        call(fourth, "/api/auth/login/two-factor", Map.of("code", recovery)).andExpect(status().isUnauthorized());
    }

    @Test
    void aCodeIsAcceptedOnlyOnceAndAnApplicantNeedsNone() throws Exception {
        address = 5;
        Browser applicant = passwordStep(c.applicantA(), new Browser(mvc));
        applicant
                .perform(get("/api/auth/me"))
                .andExpect(jsonPath("$.twoFactorSetupRequired").value(false));
        applicant.perform(get("/api/inbox")).andExpect(status().isOk());

        String secret = json.readTree(call(applicant, "/api/auth/two-factor/setup", null)
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("secret")
                .asText();
        String code = codeFor(secret, 0);
        call(applicant, "/api/auth/two-factor/enable", Map.of("code", code)).andExpect(status().isOk());

        address = 6;
        Browser again = passwordStep(c.applicantA(), new Browser(mvc));
        // the same code that enabled it cannot be replayed
        call(again, "/api/auth/login/two-factor", Map.of("code", code)).andExpect(status().isUnauthorized());
    }
}
