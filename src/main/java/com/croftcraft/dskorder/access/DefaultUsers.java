package com.croftcraft.dskorder.access;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the default users, their groups and what each group may see in the webapps, on the first
 * start of an empty user base ({@code service-api.md}). Production changes the passwords in Camunda
 * Admin; once any user exists this does nothing.
 */
@Component
class DefaultUsers {

  private static final Logger log = LoggerFactory.getLogger(DefaultUsers.class);

  private record DefaultUser(String id, String firstName, String group, String groupName) {}

  private static final List<DefaultUser> USERS =
      List.of(
          new DefaultUser("admin", "Admin", Groups.ADMINS, "Camunda administrators"),
          new DefaultUser("operator", "Operator", Groups.OPERATORS, "オペレーター"),
          new DefaultUser("manager", "Manager", Groups.MANAGERS, "マネージャー"),
          new DefaultUser("cart", "Cart", Groups.CART, "CraftCart"));

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  DefaultUsers(
      IdentityService identityService,
      AuthorizationService authorizationService,
      FilterService filterService,
      TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createOnFirstStart() {
    if (identityService.createUserQuery().count() > 0) {
      return;
    }

    USERS.forEach(this::create);
    grantAdmins();
    grant(Groups.OPERATORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(Groups.OPERATORS, Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE);
    grant(Groups.OPERATORS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(Groups.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(
        Groups.MANAGERS,
        Resources.PROCESS_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY);
    grant(Groups.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(Groups.MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(Groups.MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    operatorTaskFilter();
    log.warn(
        "Created the default users admin, operator, manager and cart with their well-known"
            + " passwords: change them in Camunda Admin before production use.");
  }

  private void create(DefaultUser defaults) {
    User user = identityService.newUser(defaults.id());
    user.setFirstName(defaults.firstName());
    user.setLastName("(default)");
    user.setPassword(defaults.id());
    identityService.saveUser(user);

    if (identityService.createGroupQuery().groupId(defaults.group()).count() == 0) {
      Group group = identityService.newGroup(defaults.group());
      group.setName(defaults.groupName());
      group.setType(Groups.ADMINS.equals(defaults.group()) ? "SYSTEM" : "WORKFLOW");
      identityService.saveGroup(group);
    }
    identityService.createMembership(defaults.id(), defaults.group());
  }

  private void grantAdmins() {
    for (Resource resource : Resources.values()) {
      grant(Groups.ADMINS, resource, ANY, Permissions.ALL);
    }
  }

  private void grant(String group, Resource resource, String id, Permission... permissions) {
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  /**
   * The operators' worklist in Tasklist: every task offered to their group, claimed ones included
   * (a candidate-group query alone drops a task once someone claims it).
   */
  private void operatorTaskFilter() {
    Filter filter =
        filterService
            .newTaskFilter("DSK 後払い 要対応")
            .setOwner("admin")
            .setQuery(
                taskService
                    .createTaskQuery()
                    .taskCandidateGroup(Groups.OPERATORS)
                    .includeAssignedTasks());
    filter.setProperties(
        new HashMap<>(
            Map.of("description", "DSK 後払いの受注で担当者の対応が必要なもの", "priority", 0, "refresh", true)));
    filterService.saveFilter(filter);
    grant(Groups.OPERATORS, Resources.FILTER, filter.getId(), Permissions.READ);
    grant(Groups.MANAGERS, Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
