package com.croftcraft.dskorder.credit;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Whether the job running a DSK call is on its last attempt. The engine retries a failed job by its
 * {@code failedJobRetryTimeCycle}; a job that failed before and has one retry left will not be
 * retried again, so the delegate turns the outage into the operator path instead of an incident.
 * This is the only place that reads the engine's internals.
 */
public final class JobAttempts {

  private JobAttempts() {}

  public static boolean isLastAttempt() {
    CommandContext commandContext = Context.getCommandContext();
    JobEntity job = commandContext == null ? null : commandContext.getCurrentJob();
    if (job == null) {
      return true;
    }
    boolean failedBefore = job.getExceptionMessage() != null;
    return failedBefore && job.getRetries() <= 1;
  }
}
