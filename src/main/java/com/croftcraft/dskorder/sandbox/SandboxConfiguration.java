package com.croftcraft.dskorder.sandbox;

import com.croftcraft.dskorder.dsk.DskProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Opens {@code /dsk-sandbox/**} to every caller: DSK authenticates by the credentials inside each
 * XML document, not by a login, and the service's own DSK client must reach it like the real one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandbox
class SandboxConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain dskSandboxSecurity(HttpSecurity http) throws Exception {
    return http.securityMatcher("/dsk-sandbox/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Bean
  RequestRateLimit dskSandboxRateLimit(DskProperties dsk) {
    return new RequestRateLimit(dsk.rateLimitPerSecond(), System::nanoTime);
  }
}
