package com.croftcraft.dskorder.sandbox;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The requests the sandbox answered, per transaction. */
interface SeenRequests extends Repository<SeenRequest, Long> {

  SeenRequest save(SeenRequest request);

  List<SeenRequest> findByTransactionIdOrderByIdAsc(Long transactionId);
}
