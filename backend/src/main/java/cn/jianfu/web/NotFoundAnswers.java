package cn.jianfu.web;

import cn.jianfu.common.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nobody serves: a page a person opened gets the app itself (status 404), which shows
 * its own not-found page; anything else — the API, the engine, a missing file — gets the JSON
 * error every endpoint uses.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundAnswers {

    private static final List<String> NOT_PAGES =
            List.of("/api/", "/engine-rest", "/camunda", "/v3/", "/swagger-ui", "/actuator", "/assets/");

    private final Resource index = new ClassPathResource("META-INF/resources/index.html");

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<?> notFound(HttpServletRequest request) {
        if (isPage(request) && index.exists()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.TEXT_HTML)
                    .cacheControl(CacheControl.noCache())
                    .body(index);
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(404, "请求的地址不存在", Map.of()));
    }

    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod())
                && NOT_PAGES.stream().noneMatch(path::startsWith)
                && !path.substring(path.lastIndexOf('/') + 1).contains(".")
                && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
