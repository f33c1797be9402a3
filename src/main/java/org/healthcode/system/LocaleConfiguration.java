package org.healthcode.system;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages speak Simplified Chinese unless the browser prefers English; {@code ?lang=en} or {@code ?lang=zh_CN} switches
 * and is remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("hc-lang");
        resolver.setDefaultLocaleFunction(LocaleConfiguration::fromHeader);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Without a chosen language: English if the browser prefers it, Simplified Chinese otherwise. */
    private static Locale fromHeader(jakarta.servlet.http.HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Language");
        boolean english = accepted != null && request.getLocale().getLanguage().equals("en");
        return english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
