package dk.workbench.service.outbox;

import dk.workbench.service.access.AccessLogRecorder;
import dk.workbench.service.access.AccessRecorder;

/**
 * Records a look-up by putting its access-log entry in the durable outbox (one fsync'd local
 * write), from where the sender delivers it exactly once; so the overview need not wait for
 * the access-log back-end, and an entry written while it is down is not lost.
 */
public final class OutboxAccessRecorder implements AccessRecorder {
  private final AccessLogRecorder entries;
  private final OutboxWrites writes;
  private final OutboxSender sender;

  public OutboxAccessRecorder(AccessLogRecorder entries, OutboxWrites writes, OutboxSender sender) {
    this.entries = entries;
    this.writes = writes;
    this.sender = sender;
  }

  @Override
  public void record(Access access) {
    writes.accessLog(entries.entry(access));
    sender.wakeUp();
  }
}
