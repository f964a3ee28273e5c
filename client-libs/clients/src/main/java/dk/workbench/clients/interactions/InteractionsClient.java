package dk.workbench.clients.interactions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.interactions.Assignment;
import dk.workbench.contracts.interactions.FollowUp;
import dk.workbench.contracts.interactions.FollowUpList;
import dk.workbench.contracts.interactions.Interaction;
import dk.workbench.contracts.interactions.InteractionList;
import dk.workbench.contracts.interactions.NewInteraction;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.JsonCall;
import dk.workbench.http.NotFoundException;
import dk.workbench.http.RetryPolicy;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Client for the interactions API: a citizen's earlier calls and visits, and recording a new
 * one (the staff member is taken from the token). Blocking and thread-agnostic: call it from a
 * background thread.
 *
 * <pre>{@code
 * InteractionsClient interactions = new InteractionsClient(endpoint);
 * Interaction saved = interactions.record(cpr, call, outboxRow.idempotencyKey());
 * }</pre>
 */
public final class InteractionsClient {
  private static final MediaType JSON = MediaType.get("application/json");

  private final ApiEndpoint endpoint;
  private final JsonCall call;
  private final ObjectMapper mapper = ContractsJson.newMapper();

  public InteractionsClient(ApiEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.call = endpoint.jsonCall();
  }

  /**
   * The citizen's interactions, newest first.
   *
   * @throws NotFoundException when the register has no such citizen
   * @throws ApiException for any other failure (unreachable, timeout, refused, failed, unreadable answer)
   */
  public List<Interaction> interactions(CprNumber cpr) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    Request request = new Request.Builder().url(url(cpr)).header("Accept", "application/json").get().build();
    return call.execute(request, InteractionList.class).interactions();
  }

  /**
   * Records a call, visit or message. The back-end stores it once per key: reuse the same
   * {@code idempotencyKey} whenever this same interaction is sent again (a retry, or an outbox
   * delivering after a crash), and a fresh key (e.g. a UUID) for every new interaction.
   *
   * @param idempotencyKey 1 to 255 visible ASCII characters naming this logical write
   * @return the stored interaction (the first one stored under this key, on a repeat)
   * @throws ClientErrorException 400 for an invalid interaction, 409 when the key was used for another one
   * @throws NotFoundException when the register has no such citizen
   * @throws ApiException for any other failure
   */
  public Interaction record(CprNumber cpr, NewInteraction interaction, String idempotencyKey) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    Objects.requireNonNull(interaction, "interaction == null");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
    if (!idempotencyKey.matches("[\\x21-\\x7e]{1,255}")) {
      throw new IllegalArgumentException("an idempotency key has 1 to 255 visible ASCII characters");
    }
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(interaction);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the interaction cannot be written as JSON", e);
    }
    Request request = new Request.Builder().url(url(cpr))
        .header("Accept", "application/json")
        .header(RetryPolicy.IDEMPOTENCY_KEY, idempotencyKey)
        .post(RequestBody.create(body, JSON))
        .build();
    return call.execute(request, Interaction.class);
  }

  /**
   * The work queue: recorded interactions that need a follow-up, earliest follow-up date first.
   *
   * @param assignee only those of this user or queue; null for all
   */
  public List<FollowUp> followUps(String assignee) throws ApiException {
    HttpUrl.Builder url = endpoint.url("interactions/v1/followups");
    if (assignee != null) {
      url.addQueryParameter("assignee", assignee);
    }
    Request request = new Request.Builder().url(url.build()).header("Accept", "application/json").get().build();
    return call.execute(request, FollowUpList.class).followUps();
  }

  /**
   * Hands the interaction's follow-up to {@code assignee} (a username or a queue). Idempotent.
   *
   * @return the interaction as stored now
   * @throws NotFoundException when there is no recorded interaction with this id
   */
  public Interaction assign(String interactionId, String assignee) throws ApiException {
    Objects.requireNonNull(interactionId, "interactionId == null");
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(new Assignment(Objects.requireNonNull(assignee, "assignee == null")));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the assignment cannot be written as JSON", e);
    }
    HttpUrl url = endpoint.url("interactions/v1/interactions").addPathSegment(interactionId).addPathSegment("assignee").build();
    Request request = new Request.Builder().url(url).header("Accept", "application/json").put(RequestBody.create(body, JSON)).build();
    return call.execute(request, Interaction.class);
  }

  private HttpUrl url(CprNumber cpr) {
    return endpoint.url("interactions/v1/citizens").addPathSegment(cpr.value()).addPathSegment("interactions").build();
  }
}
