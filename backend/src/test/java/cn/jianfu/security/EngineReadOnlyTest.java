package cn.jianfu.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineReadOnlyTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "GET,    /engine-rest/task,                                            true",
        "GET,    /engine-rest/process-instance/abc/variables,                  true",
        "POST,   /engine-rest/task,                                            true",
        "POST,   /engine-rest/task/count,                                      true",
        "POST,   /engine-rest/history/process-instance,                        true",
        "POST,   /engine-rest/history/activity-instance/count,                 true",
        "POST,   /engine-rest/filter/f1/list,                                  true",
        "POST,   /camunda/api/engine/engine/default/process-instance,          true",
        "POST,   /camunda/api/cockpit/plugin/base/default/process-instance,    true",
        "POST,   /engine-rest/task/abc/complete,                               false",
        "POST,   /engine-rest/task/abc/submit-form,                            false",
        "POST,   /engine-rest/task/abc/claim,                                  false",
        "POST,   /engine-rest/task/abc/assignee,                               false",
        "POST,   /engine-rest/task/create,                                     false",
        "PUT,    /engine-rest/process-instance/abc/variables/reason,           false",
        "POST,   /engine-rest/process-instance/abc/variables,                  false",
        "DELETE, /engine-rest/process-instance/abc,                            false",
        "POST,   /engine-rest/process-instance/delete,                         false",
        "POST,   /engine-rest/process-instance/abc/modification,               false",
        "PUT,    /engine-rest/process-instance/suspended,                      false",
        "POST,   /engine-rest/process-definition/key/admission/start,          false",
        "POST,   /engine-rest/message,                                         false",
        "POST,   /engine-rest/job/abc/execute,                                 false",
        "POST,   /engine-rest/history/process-instance/delete,                 false",
        "POST,   /engine-rest/deployment/create,                               false",
        "POST,   /camunda/api/engine/engine/default/task/abc/complete,         false",
        "POST,   /camunda/api/admin/setup/default/user/create,                 false",
        "POST,   /camunda/api/tasklist/plugin/x,                               false"
    })
    void readsPassAndEveryChangeIsRefused(String method, String path, boolean allowed) {
        assertThat(EngineReadOnly.allowed(method, path)).isEqualTo(allowed);
    }
}
