package com.croftcraft.dskorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.croftcraft.dskorder.support.ServiceTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DskOrderApplicationTests extends ServiceTest {

  @Autowired DataSource dataSource;

  @Test
  void runsOnPostgresWithTheProcessAndItsFormsDeployed() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }

    var repository = processEngine.getRepositoryService();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("dsk-order").count())
        .isPositive();
    assertThat(
            repository.createDeploymentQuery().list().stream()
                .flatMap(
                    deployment ->
                        repository.getDeploymentResourceNames(deployment.getId()).stream())
                .toList())
        .anyMatch(name -> name.endsWith("forms/credit-ng.form"))
        .anyMatch(name -> name.endsWith("forms/dsk-failure.form"))
        .anyMatch(name -> name.endsWith("forms/shipment-report-failure.form"))
        .anyMatch(name -> name.endsWith("forms/dsk-admin-change.form"));
  }
}
