package cn.jianfu.web;

import cn.jianfu.common.ApiError;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page. It answers with the status of the failure that led here, in the one
 * error shape, never with a stack trace; opened directly, {@code /error} is just an address that
 * does not exist.
 */
@RestController
class ErrorAnswers implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ApiError> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND;
        }
        return ResponseEntity.status(status).body(new ApiError(status.value(), message(status), Map.of()));
    }

    static String message(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "请求的地址不存在";
            case BAD_REQUEST -> "请求格式不正确，请检查填写的内容";
            case UNAUTHORIZED -> "请先登录";
            case FORBIDDEN -> "没有权限执行此操作";
            case PAYLOAD_TOO_LARGE -> "提交的内容过大";
            case TOO_MANY_REQUESTS -> "操作过于频繁，请稍后再试";
            default -> status.is4xxClientError() ? "请求无法处理" : "系统繁忙，请稍后再试";
        };
    }
}
