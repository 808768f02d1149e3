package com.croftcraft.dskorder.sandbox;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The sandbox's transactions; a request that changes one locks it first. */
interface SandboxTransactions extends Repository<SandboxTransaction, Long> {

  SandboxTransaction saveAndFlush(SandboxTransaction transaction);

  Optional<SandboxTransaction> findById(Long id);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select t from SandboxTransaction t where t.id = :id")
  Optional<SandboxTransaction> lockById(@Param("id") Long id);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select t from SandboxTransaction t where t.shopTransactionId = :shopTransactionId")
  Optional<SandboxTransaction> lockByShopTransactionId(
      @Param("shopTransactionId") String shopTransactionId);
}
