package cn.jianfu.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The built UI (packaged under META-INF/resources): files under /assets carry a content hash in
 * their name, so browsers keep them for a year without asking again; index.html names the current
 * hashes, so it is revalidated on every load and a new release shows at once.
 */
@Configuration
class StaticAssetCaching implements WebMvcConfigurer {

    static final String UI = "classpath:/META-INF/resources/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(UI + "assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/index.html").addResourceLocations(UI).setCacheControl(CacheControl.noCache());
    }
}
