package com.croftcraft.dskorder.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run a fresh PostgreSQL database and points the application at it. The server is
 * the one named by {@code TEST_POSTGRES_URL} (default {@code 127.0.0.1:5432}, user {@code
 * postgres}); databases left behind by runs older than a day are dropped.
 */
public class TestDatabase implements LauncherSessionListener {

  private static final String PREFIX = "dskorder_test_";

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("spring.datasource.url") != null) {
      return;
    }
    String server = env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/");
    String user = env("TEST_POSTGRES_USER", "postgres");
    String password = env("TEST_POSTGRES_PASSWORD", "");
    String name = PREFIX + Instant.now().getEpochSecond() + "_" + ProcessHandle.current().pid();

    try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
        Statement statement = connection.createStatement()) {
      dropStale(statement);
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Tests need PostgreSQL at " + server + " (start it; see README): " + e.getMessage(), e);
    }

    System.setProperty("spring.datasource.url", server + name);
    System.setProperty("spring.datasource.username", user);
    System.setProperty("spring.datasource.password", password);
  }

  private static void dropStale(Statement statement) throws SQLException {
    long dayAgo = Instant.now().minus(Duration.ofDays(1)).getEpochSecond();
    List<String> stale = new ArrayList<>();
    try (ResultSet names =
        statement.executeQuery(
            "select datname from pg_database where datname like '" + PREFIX + "%'")) {
      while (names.next()) {
        String existing = names.getString(1);
        String[] parts = existing.substring(PREFIX.length()).split("_");
        if (Long.parseLong(parts[0]) < dayAgo) {
          stale.add(existing);
        }
      }
    }
    for (String existing : stale) {
      statement.execute("drop database if exists " + existing + " with (force)");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
