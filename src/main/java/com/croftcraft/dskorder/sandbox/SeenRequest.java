package com.croftcraft.dskorder.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A request the sandbox answered about one transaction, kept for its admin view. */
@Entity
@Table(name = "dsk_sandbox_request")
class SeenRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "transaction_id", nullable = false)
  private Long transactionId;

  @Column(name = "operation", nullable = false, length = 40)
  private String operation;

  @Column(name = "answer", nullable = false, length = 200)
  private String answer;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected SeenRequest() {}

  SeenRequest(Long transactionId, String operation, String answer, Instant receivedAt) {
    this.transactionId = transactionId;
    this.operation = operation;
    this.answer = answer.length() > 200 ? answer.substring(0, 200) : answer;
    this.receivedAt = receivedAt;
  }

  String operation() {
    return operation;
  }

  String answer() {
    return answer;
  }

  Instant receivedAt() {
    return receivedAt;
  }
}
