package dk.workbench.service.calls;

import dk.workbench.contracts.interactions.NewInteraction;
import java.util.List;

/** Where calls in progress are kept and finished calls go. */
public interface CallStore {
  /** Keeps the call in progress (durable in the local cache when there is one). */
  void save(Call call);

  /** The finished call: removes the draft and sends (or queues) the record, at once. */
  void finish(Call call, NewInteraction record);

  /** Forgets the call without a record. */
  void discard(Call call);

  /** Calls not finished, e.g. after a crash; oldest first. */
  List<Call> unfinished();
}
