package dk.workbench.clients.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.letters.LetterAction;
import dk.workbench.contracts.letters.LetterList;
import dk.workbench.contracts.letters.LetterStatus;
import dk.workbench.contracts.letters.NewLetter;
import dk.workbench.contracts.letters.NewLetterStep;
import dk.workbench.contracts.letters.StoredLetter;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.JsonCall;
import dk.workbench.http.NotFoundException;
import dk.workbench.http.RetryPolicy;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Client for the letters API, the shared store of decision letters: draft, list, read, and take
 * a workflow step (the staff user is taken from the token). Blocking and thread-agnostic: call
 * it from a background thread.
 *
 * <pre>{@code
 * LettersClient letters = new LettersClient(endpoint);
 * StoredLetter draft = letters.draft(newLetter, UUID.randomUUID().toString());
 * letters.step(draft.id(), LetterAction.APPROVE); // as a supervisor who is not the author
 * }</pre>
 */
public final class LettersClient {
  private static final MediaType JSON = MediaType.get("application/json");

  /**
   * Which letters to list; {@code null} means any.
   *
   * @param limit 1 to 10,000
   * @param offset how many matching letters to skip (newest first)
   */
  public record Query(LetterStatus state, String authority, Boolean digitalPost, int limit, int offset) {}

  private final ApiEndpoint endpoint;
  private final JsonCall call;
  private final ObjectMapper mapper = ContractsJson.newMapper();

  public LettersClient(ApiEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.call = endpoint.jsonCall();
  }

  /**
   * Stores a draft; the author is the token's user. Reuse {@code idempotencyKey} for a retry of
   * this same draft, a fresh one (a UUID) for every new letter.
   *
   * @throws ClientErrorException 400 for an invalid letter, 409 when the key was used for another one
   * @throws ApiException for any other failure
   */
  public StoredLetter draft(NewLetter letter, String idempotencyKey) throws ApiException {
    Objects.requireNonNull(letter, "letter == null");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
    if (!idempotencyKey.matches("[\\x21-\\x7e]{1,255}")) {
      throw new IllegalArgumentException("an idempotency key has 1 to 255 visible ASCII characters");
    }
    Request request = new Request.Builder().url(endpoint.url("letters/v1/letters").build())
        .header("Accept", "application/json")
        .header(RetryPolicy.IDEMPOTENCY_KEY, idempotencyKey)
        .post(body(letter))
        .build();
    return call.execute(request, StoredLetter.class);
  }

  /** A page of letters, newest first. */
  public LetterList list(Query query) throws ApiException {
    HttpUrl.Builder url = endpoint.url("letters/v1/letters");
    if (query.state() != null) {
      url.addQueryParameter("state", query.state().name());
    }
    if (query.authority() != null) {
      url.addQueryParameter("authority", query.authority());
    }
    if (query.digitalPost() != null) {
      url.addQueryParameter("digitalPost", query.digitalPost().toString());
    }
    url.addQueryParameter("limit", Integer.toString(query.limit()));
    url.addQueryParameter("offset", Integer.toString(query.offset()));
    Request request = new Request.Builder().url(url.build()).header("Accept", "application/json").get().build();
    return call.execute(request, LetterList.class);
  }

  /**
   * One letter with its record and steps.
   *
   * @throws NotFoundException when there is no such letter
   */
  public StoredLetter get(long id) throws ApiException {
    Request request = new Request.Builder().url(letterUrl(id).build()).header("Accept", "application/json").get().build();
    return call.execute(request, StoredLetter.class);
  }

  /**
   * Takes a step; the letter as it is afterwards.
   *
   * @throws ClientErrorException 403 when the user may not (not a supervisor, or the author
   *     approving), 409 when the letter is not in a state the step applies to; the message says why
   * @throws NotFoundException when there is no such letter
   */
  public StoredLetter step(long id, LetterAction action) throws ApiException {
    Objects.requireNonNull(action, "action == null");
    Request request = new Request.Builder().url(letterUrl(id).addPathSegment("steps").build())
        .header("Accept", "application/json")
        .post(body(new NewLetterStep(action)))
        .build();
    return call.execute(request, StoredLetter.class);
  }

  private HttpUrl.Builder letterUrl(long id) {
    return endpoint.url("letters/v1/letters").addPathSegment(Long.toString(id));
  }

  private RequestBody body(Object value) {
    try {
      return RequestBody.create(mapper.writeValueAsBytes(value), JSON);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the request cannot be written as JSON", e);
    }
  }
}
