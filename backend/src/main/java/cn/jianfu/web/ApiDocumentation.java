package cn.jianfu.web;

import cn.jianfu.common.ApiError;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at {@code /v3/api-docs}: built from the controllers, with the
 * conventions every endpoint shares (session and CSRF, the one error shape) written once here.
 */
@Configuration
class ApiDocumentation {

    static final String SESSION = "session";
    static final String CSRF = "csrf";

    /** The error answers every operation may give, with what they mean to a caller. */
    static final Map<String, String> ERRORS = errors();

    @Bean
    OpenAPI jianfuOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("简负 Jianfu · 基层减负协同平台 API")
                                .version("v1")
                                .description(
                                        """
                                村(社区)工作事务准入、问题线索办理与在线监管的 HTTP 接口。网页端与其他系统使用同一套接口，\
                                服务端对每次调用检查角色、所属单位与职责分离。

                                - 登录后以会话 Cookie（JSESSIONID）识别用户；除 GET 外的请求须带请求头 \
                                `X-XSRF-TOKEN`，其值取自 Cookie `XSRF-TOKEN`（`GET /api/auth/csrf` 可获取）。
                                - 出错时一律返回 `ApiError`：`status`、中文 `message`，校验错误另有按字段的 \
                                `fieldErrors`；不会返回堆栈信息。
                                - 列表接口以 `page`（从 1 开始）与 `size`（默认 20，最大 100）分页，返回 \
                                `{items, total, page, size}`。
                                - `/api/public/**` 无需登录（公开查询、线索反映与进度查询）。"""))
                .components(new Components()
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("JSESSIONID")
                                        .description("登录会话（POST /api/auth/login）"))
                        .addSecuritySchemes(
                                CSRF,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-XSRF-TOKEN")
                                        .description("CSRF 令牌，取自 Cookie XSRF-TOKEN")))
                .addSecurityItem(new SecurityRequirement().addList(SESSION).addList(CSRF));
    }

    /** Adds the shared error answers, described by the {@link ApiError} schema, to every operation. */
    @Bean
    OpenApiCustomizer sharedErrorResponses() {
        return openApi -> {
            Map<String, Schema> schemas = ModelConverters.getInstance().read(ApiError.class);
            schemas.forEach(openApi.getComponents()::addSchemas);
            Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + ApiError.class.getSimpleName());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
                ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
                ERRORS.forEach((code, meaning) -> responses.putIfAbsent(
                        code,
                        new ApiResponse()
                                .description(meaning)
                                .content(new Content()
                                        .addMediaType(
                                                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                                new MediaType().schema(ref)))));
                op.setResponses(responses);
            }));
        };
    }

    private static Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "提交的内容有误：message 说明原因，fieldErrors 按字段给出提示");
        errors.put("401", "未登录或会话已过期");
        errors.put("403", "没有权限执行此操作（角色、单位或职责分离）");
        errors.put("404", "要找的记录不存在");
        errors.put("409", "状态已变化（已提交、已被他人签收或办理），刷新后重试");
        errors.put("429", "操作过于频繁，请稍后再试");
        return Collections.unmodifiableMap(errors);
    }
}
