package dk.workbench.service.calls;

import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.interactions.FollowUp;
import dk.workbench.http.ApiException;
import java.util.List;

/**
 * The follow-up work queue at the interactions back-end: calls handed to a colleague or to the
 * supervisors' queue, and re-assigning them. Blocking.
 */
public final class FollowUpQueue {
  /** The queue a call is handed to for a supervisor. */
  public static final String SUPERVISORS = "supervisors";

  private final InteractionsClient client;

  public FollowUpQueue(InteractionsClient client) {
    this.client = client;
  }

  /** Open follow-ups, earliest date first; of one user or queue, or all when {@code assignee} is blank. */
  public List<FollowUp> open(String assignee) throws ApiException {
    return client.followUps(assignee == null || assignee.isBlank() ? null : assignee.strip());
  }

  /** Hands the follow-up to {@code assignee}. */
  public void assign(FollowUp followUp, String assignee) throws ApiException {
    client.assign(followUp.interaction().id(), assignee.strip());
  }
}
