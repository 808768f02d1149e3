package com.croftcraft.dskorder.access;

import static com.croftcraft.dskorder.access.Groups.ADMINS;
import static com.croftcraft.dskorder.access.Groups.CART;
import static com.croftcraft.dskorder.access.Groups.MANAGERS;
import static com.croftcraft.dskorder.access.Groups.OPERATORS;

import com.croftcraft.dskorder.api.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;

/**
 * Who may call what ({@code service-api.md}): HTTP Basic against the engine's users on {@code
 * /api/**} and {@code /engine-rest/**}, answered with problem details when refused. The webapps
 * under {@code /camunda} keep Camunda's own login and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String REALM = "DSK order service";

  /**
   * The engine's REST API is a servlet of its own (Jersey), not Spring MVC. A plain pattern would
   * become an MVC matcher, which sees only the path within that servlet and never matches, leaving
   * the engine open to anyone; a path pattern matches the whole path whatever servlet serves it.
   */
  private static final RequestMatcher ENGINE_REST =
      PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");

  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
    http.securityMatcher(
            RequestMatchers.anyOf(
                PathPatternRequestMatcher.withDefaults().matcher("/api/**"), ENGINE_REST))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (request, response, e) -> unauthorized(response, objectMapper)))
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(
                        (request, response, e) -> unauthorized(response, objectMapper))
                    .accessDeniedHandler(
                        (request, response, e) -> forbidden(response, objectMapper)))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(ENGINE_REST)
                    .hasAuthority(group(ADMINS))
                    .requestMatchers(HttpMethod.GET, "/api/orders", "/api/orders/**")
                    .hasAnyAuthority(group(CART), group(OPERATORS), group(MANAGERS), group(ADMINS))
                    .requestMatchers("/api/orders", "/api/orders/**", "/api/shipments/**")
                    .hasAnyAuthority(group(CART), group(ADMINS))
                    .requestMatchers(HttpMethod.GET, "/api/invoices/**")
                    .hasAnyAuthority(group(CART), group(ADMINS))
                    .requestMatchers(HttpMethod.GET, "/api/fees", "/api/fees/**")
                    .hasAnyAuthority(group(MANAGERS), group(ADMINS))
                    .anyRequest()
                    .hasAuthority(group(ADMINS)));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    http.csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
    return http.build();
  }

  private static String group(String id) {
    return "GROUP_" + id;
  }

  private static void unauthorized(HttpServletResponse response, ObjectMapper objectMapper)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
    write(
        response,
        objectMapper,
        Problems.of(
            HttpStatus.UNAUTHORIZED,
            "unauthorized",
            "Authentication required",
            "Send HTTP Basic credentials of a user of this service."));
  }

  private static void forbidden(HttpServletResponse response, ObjectMapper objectMapper)
      throws IOException {
    write(
        response,
        objectMapper,
        Problems.of(
            HttpStatus.FORBIDDEN,
            "forbidden",
            "Not permitted",
            "This user's groups may not call this endpoint."));
  }

  private static void write(
      HttpServletResponse response, ObjectMapper objectMapper, ProblemDetail problem)
      throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
