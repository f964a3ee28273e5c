package dk.workbench.service.calls;

import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.interactions.NewInteraction;
import dk.workbench.http.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Without a local cache: calls in progress live in memory only and a finished call is sent
 * straight to the interactions API (its id as the idempotency key, so a retry is safe).
 */
public final class DirectCallStore implements CallStore {
  private final InteractionsClient client;
  private final Map<String, Call> calls = new ConcurrentHashMap<>();

  public DirectCallStore(InteractionsClient client) {
    this.client = client;
  }

  @Override
  public void save(Call call) {
    calls.put(call.id(), call);
  }

  /** @throws CallException when the back-end did not take it (the call stays open) */
  @Override
  public void finish(Call call, NewInteraction record) {
    try {
      client.record(call.citizen(), record, call.id());
    } catch (ApiException e) {
      throw new CallException("The interactions back-end did not take the record (status " + e.status() + ")", e);
    }
    calls.remove(call.id());
  }

  @Override
  public void discard(Call call) {
    calls.remove(call.id());
  }

  @Override
  public List<Call> unfinished() {
    return new ArrayList<>(calls.values());
  }
}
