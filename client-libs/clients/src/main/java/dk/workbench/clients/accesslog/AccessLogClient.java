package dk.workbench.clients.accesslog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.AccessLogPage;
import dk.workbench.contracts.accesslog.NewAccessLogEntry;
import dk.workbench.contracts.cpr.CprNumber;
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
 * Client for the access-log API (after Estonia's Data Tracker and Denmark's MinLog): a
 * citizen's log page by page, newest first, and recording the workbench's own accesses.
 * Blocking and thread-agnostic: call it from a background thread.
 *
 * <pre>{@code
 * AccessLogClient log = new AccessLogClient(endpoint);
 * AccessLogPage page = log.entries(cpr, AccessLogQuery.firstPage(100).action(AccessAction.READ));
 * AccessLogEntry mine = log.record(entry, outboxRow.idempotencyKey());
 * }</pre>
 */
public final class AccessLogClient {
  private static final MediaType JSON = MediaType.get("application/json");

  private final ApiEndpoint endpoint;
  private final JsonCall call;
  private final ObjectMapper mapper = ContractsJson.newMapper();

  public AccessLogClient(ApiEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.call = endpoint.jsonCall();
  }

  /**
   * One page of the citizen's access log, newest first, with the total for the filter.
   *
   * @throws NotFoundException when the register has no such citizen
   * @throws ApiException for any other failure (unreachable, timeout, refused, failed, unreadable answer)
   */
  public AccessLogPage entries(CprNumber cpr, AccessLogQuery query) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    Objects.requireNonNull(query, "query == null");
    HttpUrl.Builder url = endpoint.url("accesslog/v1/citizens").addPathSegment(cpr.value()).addPathSegment("entries")
        .addQueryParameter("page", Integer.toString(query.page()))
        .addQueryParameter("size", Integer.toString(query.size()));
    if (query.from() != null) {
      url.addQueryParameter("from", query.from().toString());
    }
    if (query.to() != null) {
      url.addQueryParameter("to", query.to().toString());
    }
    if (query.organisation() != null) {
      url.addQueryParameter("organisation", query.organisation());
    }
    if (query.action() != null) {
      url.addQueryParameter("action", query.action().name());
    }
    if (query.purpose() != null) {
      url.addQueryParameter("purpose", query.purpose().name());
    }
    if (query.text() != null) {
      url.addQueryParameter("q", query.text());
    }
    return call.execute(new Request.Builder().url(url.build()).header("Accept", "application/json").get().build(),
        AccessLogPage.class);
  }

  /**
   * Records an access in the citizen's log. The back-end stores an entry once per key: reuse the
   * same {@code idempotencyKey} whenever this same logical access is sent again (a retry, or an
   * outbox delivering after a crash), and a fresh key (e.g. a UUID) for every new access.
   *
   * @param idempotencyKey 1 to 255 visible ASCII characters naming this logical write
   * @return the stored entry (the first one stored under this key, on a repeat)
   * @throws ClientErrorException 400 for an invalid entry, 409 when the key was used for another entry
   * @throws ApiException for any other failure
   */
  public AccessLogEntry record(NewAccessLogEntry entry, String idempotencyKey) throws ApiException {
    Objects.requireNonNull(entry, "entry == null");
    requireKey(idempotencyKey);
    HttpUrl url = endpoint.url("accesslog/v1/entries").build();
    Request request = new Request.Builder().url(url)
        .header("Accept", "application/json")
        .header(RetryPolicy.IDEMPOTENCY_KEY, idempotencyKey)
        .post(RequestBody.create(write(entry), JSON))
        .build();
    return call.execute(request, AccessLogEntry.class);
  }

  private byte[] write(Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the entry cannot be written as JSON", e);
    }
  }

  static void requireKey(String key) {
    Objects.requireNonNull(key, "idempotencyKey == null");
    if (!key.matches("[\\x21-\\x7e]{1,255}")) {
      throw new IllegalArgumentException("an idempotency key has 1 to 255 visible ASCII characters");
    }
  }
}
