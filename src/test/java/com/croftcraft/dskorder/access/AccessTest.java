package com.croftcraft.dskorder.access;

import static com.croftcraft.dskorder.support.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.HttpCookie;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class AccessTest extends ServiceTest {

  @Autowired IdentityService identityService;

  @Test
  void createsTheDefaultUsersInTheirGroups() {
    assertThat(groupsOf("admin")).containsExactly("camunda-admin");
    assertThat(groupsOf("operator")).containsExactly("operators");
    assertThat(groupsOf("manager")).containsExactly("managers");
    assertThat(groupsOf("cart")).containsExactly("cart");
    assertThat(identityService.checkPassword("operator", "operator")).isTrue();
  }

  @Test
  void asksForCredentialsOnTheApi() {
    assertUnauthorized(rest.getForEntity("/api/orders", JsonNode.class));
  }

  @Test
  void asksForCredentialsOnTheEngineApi() {
    assertUnauthorized(rest.getForEntity("/engine-rest/process-definition", JsonNode.class));
  }

  @Test
  void refusesAWrongPasswordOnTheApi() {
    TestRestTemplate wrong = rest.withBasicAuth(newUser(Groups.CART), "wrong");

    assertUnauthorized(wrong.getForEntity("/api/orders", JsonNode.class));
  }

  @Test
  void refusesAWrongPasswordOnTheEngineApi() {
    TestRestTemplate wrong = rest.withBasicAuth(newUser(Groups.ADMINS), "wrong");

    assertUnauthorized(wrong.getForEntity("/engine-rest/process-definition", JsonNode.class));
  }

  @Test
  void refusesAnOrderFromAnOperator() {
    assertForbidden(placeAs("operator"));
  }

  @Test
  void refusesAnOrderFromAManager() {
    assertForbidden(placeAs("manager"));
  }

  @Test
  void keepsTheCartOutOfTheEngineApi() {
    assertForbidden(as("cart").getForEntity("/engine-rest/process-definition", JsonNode.class));
  }

  @Test
  void keepsOperatorsAwayFromTheFees() {
    assertForbidden(as("operator").getForEntity("/api/fees?month=2026-11", JsonNode.class));
  }

  @Test
  void keepsTheCartAwayFromTheFees() {
    assertForbidden(as("cart").getForEntity("/api/fees?month=2026-11", JsonNode.class));
  }

  @Test
  void letsEveryDefaultUserReadTheOrders() {
    for (String user : List.of("operator", "manager", "cart", "admin")) {
      ResponseEntity<JsonNode> listed = as(user).getForEntity("/api/orders", JsonNode.class);

      assertThat(listed.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void letsAdminsUseTheEngineApi() {
    ResponseEntity<JsonNode> definitions =
        as("admin").getForEntity("/engine-rest/process-definition", JsonNode.class);

    assertThat(definitions.getStatusCode()).as("%s", definitions).isEqualTo(HttpStatus.OK);
    assertThat(definitions.getBody().findValuesAsText("key")).contains("dsk-order");
  }

  @Test
  void letsOperatorsLogInToTasklist() {
    ResponseEntity<JsonNode> login = logInToTasklist("operator");

    assertThat(login.getStatusCode()).as("%s", login).isEqualTo(HttpStatus.OK);
    assertThat(login.getBody().at("/userId").asText()).isEqualTo("operator");
  }

  @Test
  void keepsTheCartOutOfTasklist() {
    ResponseEntity<JsonNode> login = logInToTasklist("cart");

    assertThat(login.getStatusCode()).as("%s", login).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<JsonNode> placeAs(String user) {
    return as(user).postForEntity("/api/orders", order(newOrderNumber("ACCESS")), JsonNode.class);
  }

  /** Camunda's login form: a session and its XSRF token first, then the credentials. */
  private ResponseEntity<JsonNode> logInToTasklist(String user) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/", String.class);
    List<HttpCookie> cookies =
        page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
            .map(header -> HttpCookie.parse(header).get(0))
            .toList();
    String token =
        cookies.stream()
            .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
            .findFirst()
            .orElseThrow()
            .getValue();

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", token);
    cookies.forEach(
        cookie -> headers.add(HttpHeaders.COOKIE, cookie.getName() + "=" + cookie.getValue()));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    return rest.exchange(
        "/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST,
        new HttpEntity<>(form, headers),
        JsonNode.class);
  }

  /**
   * A user of its own for a wrong password: the engine locks a user out for a while after one, and
   * the default users serve the other tests.
   */
  private String newUser(String group) {
    String id = "wrongpassword" + Long.toString(System.nanoTime(), 36);
    User user = identityService.newUser(id);
    user.setPassword(id);
    identityService.saveUser(user);
    identityService.createMembership(id, group);
    return id;
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId)
        .toList();
  }

  private static void assertUnauthorized(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).as("%s", response).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertProblem(response, 401);
  }

  private static void assertForbidden(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).as("%s", response).isEqualTo(HttpStatus.FORBIDDEN);
    assertProblem(response, 403);
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, int status) {
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().at("/type").asText()).contains("/problems/");
    assertThat(response.getBody().at("/status").asInt()).isEqualTo(status);
    assertThat(response.getBody().at("/title").asText()).isNotBlank();
  }
}
