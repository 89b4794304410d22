package cn.jianfu.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The React app routes in the browser: a reload or a shared link to one of its pages gets
 * index.html, and the app shows the page. API, Camunda and static file paths are not touched.
 */
@Controller
class SpaForwarding {

    @GetMapping({
        "/login",
        "/inbox",
        "/inbox/**",
        "/applications",
        "/applications/**",
        "/admission-items",
        "/admission-items/**",
        "/public/**",
        "/admin/**",
        "/clues",
        "/clues/**",
        "/statistics",
        "/no-access"
    })
    String forward() {
        return "forward:/index.html";
    }
}
