package com.croftcraft.dskorder.schema;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates the Camunda engine's tables from the scripts shipped inside the engine jar, so the schema
 * is versioned by Flyway like the service's own tables and nothing is copied into this repository.
 * An engine upgrade adds a migration that runs the engine's matching upgrade script.
 */
public class V1__CamundaEngineSchema extends BaseJavaMigration {

  private static final List<String> COMPONENTS =
      List.of(
          "engine",
          "history",
          "identity",
          "case.engine",
          "case.history",
          "decision.engine",
          "decision.history");

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String database = engineDatabaseType(connection);

    for (String component : COMPONENTS) {
      String script =
          "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql"
              .formatted(database, component);
      ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
    }
  }

  private static String engineDatabaseType(Connection connection) throws Exception {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return "postgres";
    }
    if (product.contains("h2")) {
      return "h2";
    }
    throw new IllegalStateException("No Camunda schema for database " + product);
  }
}
