package cn.jianfu.common;

import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;

/** Every failure leaves as {@link ApiError} with a Chinese message; stack traces stay in the log. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    static final String UNAVAILABLE = DatabaseOutage.MESSAGE;
    static final int RETRY_AFTER_SECONDS = 5;
    static final int CONFLICT_RETRY_AFTER_SECONDS = 1;

    /** MySQL/MariaDB's "Data too long for column 'x'" (error 1406). */
    private static final Pattern TOO_LONG = Pattern.compile("Data too long for column '([A-Za-z0-9_]+)'");

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e) {
        return body(e.status(), e.getMessage(), e.fieldErrors());
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiError> invalid(BindException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : e.getFieldErrors()) {
            fields.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        e.getGlobalErrors().forEach(g -> fields.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
        return body(HttpStatus.BAD_REQUEST, ApiError.INVALID_INPUT, fields);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> invalid(ConstraintViolationException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            fields.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        });
        return body(HttpStatus.BAD_REQUEST, ApiError.INVALID_INPUT, fields);
    }

    /** A required query parameter or upload part that is missing is named. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return body(HttpStatus.BAD_REQUEST, "请求格式不正确，请检查填写的内容", Map.of(e.getParameterName(), "必填"));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return body(HttpStatus.BAD_REQUEST, "请求格式不正确，请检查填写的内容", Map.of(e.getRequestPartName(), "请选择文件"));
    }

    /** A query parameter of the wrong kind is named, like invalid input (the value is not repeated). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String message = type == java.time.LocalDate.class
                ? "日期格式不正确，应为 yyyy-MM-dd 的有效日期"
                : type != null && type.isEnum() ? "不是可选的值" : "格式不正确";
        return body(HttpStatus.BAD_REQUEST, "请求格式不正确，请检查填写的内容", Map.of(e.getName(), message));
    }

    /** A body that is not JSON, or a field of the wrong kind: the latter is named, like invalid input. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e) {
        Map<String, String> field = JsonFieldError.of(e);
        return field.isEmpty()
                ? body(HttpStatus.BAD_REQUEST, "请求格式不正确，请检查填写的内容", Map.of())
                : body(HttpStatus.BAD_REQUEST, ApiError.INVALID_INPUT, field);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大，单个附件不能超过10MB", Map.of());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> multipart(MultipartException e) {
        return body(HttpStatus.BAD_REQUEST, "上传的文件不完整，请重新选择文件", Map.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ApiError> denied(RuntimeException e) {
        return body(HttpStatus.FORBIDDEN, "没有权限执行此操作", Map.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> integrity(DataIntegrityViolationException e) {
        String cause = String.valueOf(e.getMostSpecificCause().getMessage());
        log.info("rejected by a database constraint: {}", cause);
        Matcher tooLong = TOO_LONG.matcher(cause);
        if (tooLong.find()) {
            // a safety net: forms check their limits first, so this names a field they missed
            return body(HttpStatus.BAD_REQUEST, ApiError.INVALID_INPUT, Map.of(camel(tooLong.group(1)), "内容过长"));
        }
        return body(HttpStatus.CONFLICT, "数据与已有记录冲突，请检查后重试", Map.of());
    }

    /**
     * Two people (or two clicks) acted on the same record at once; the first one won. A deadlock or
     * a Galera certification failure that outlasted {@link WriteConflictRetry}'s tries is no such
     * decision: nothing was saved, and the same request may simply be sent again.
     */
    @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
    ResponseEntity<ApiError> concurrent(RuntimeException e) {
        if (WriteConflict.deadlock(e)) {
            return busy(e);
        }
        log.info("concurrent change refused: {}", e.getMessage());
        return body(HttpStatus.CONFLICT, "该事项刚刚被他人办理或修改，请刷新后查看", Map.of());
    }

    @ExceptionHandler(TaskAlreadyClaimedException.class)
    ResponseEntity<ApiError> claimed(TaskAlreadyClaimedException e) {
        return body(HttpStatus.CONFLICT, "该任务已被他人签收，请刷新后查看", Map.of());
    }

    @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
    ResponseEntity<ApiError> engineDenied(RuntimeException e) {
        return body(HttpStatus.FORBIDDEN, "没有权限执行此操作", Map.of());
    }

    @ExceptionHandler(BadUserRequestException.class)
    ResponseEntity<ApiError> engineBadRequest(BadUserRequestException e) {
        log.info("engine refused the request: {}", e.getMessage());
        return body(HttpStatus.BAD_REQUEST, "请求格式不正确，请检查填写的内容", Map.of());
    }

    /**
     * Any other engine refusal that reaches a controller is a step that is no longer there (done a
     * moment ago, withdrawn, or the process moved on): a conflict with the current state, not a
     * server fault.
     */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ApiError> engine(ProcessEngineException e) {
        if (DatabaseOutage.causedBy(e)) {
            return unavailable(e);
        }
        if (WriteConflict.deadlock(e)) {
            return busy(e);
        }
        log.warn("engine refused the change: {}", e.getMessage());
        return body(HttpStatus.CONFLICT, "流程状态已变化，请刷新后查看", Map.of());
    }

    /** The client went away (a closed tab, a dropped phone connection): nobody is left to answer. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        log.debug("client went away: {}", e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方式", Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的请求内容类型", Map.of());
    }

    @ExceptionHandler(NoHandlerFoundException.class)
    ResponseEntity<ApiError> noResource(Exception e) {
        return body(HttpStatus.NOT_FOUND, "请求的地址不存在", Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            return unavailable(e);
        }
        if (WriteConflict.deadlock(e)) {
            return busy(e);
        }
        log.error("unexpected failure", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "系统繁忙，请稍后再试", Map.of());
    }

    /**
     * The database cannot be reached or did not answer in time: nothing was changed, try again in a
     * few seconds. One line in the log, not a stack trace per request.
     */
    static ResponseEntity<ApiError> unavailable(Exception e) {
        log.warn("database unavailable: {}", DatabaseOutage.summary(e));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(new ApiError(HttpStatus.SERVICE_UNAVAILABLE.value(), UNAVAILABLE, Map.of()));
    }

    /**
     * A write conflict that outlasted every try: nothing was changed, the client sends the same
     * request again shortly (with its Idempotency-Key). One line in the log.
     */
    static ResponseEntity<ApiError> busy(Exception e) {
        log.warn(
                "write conflict not resolved by retrying: {} (at {})",
                DatabaseOutage.summary(e),
                WriteConflict.where(e));
        log.debug("the write conflict's stack", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(CONFLICT_RETRY_AFTER_SECONDS))
                .body(new ApiError(HttpStatus.SERVICE_UNAVAILABLE.value(), WriteConflict.MESSAGE, Map.of()));
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }

    private static ResponseEntity<ApiError> body(HttpStatus status, String message, Map<String, String> fields) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), message, fields));
    }
}
