package dk.workbench.clients.digitalpost;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.digitalpost.Mailbox;
import dk.workbench.contracts.digitalpost.MailboxPage;
import dk.workbench.contracts.digitalpost.ReadState;
import dk.workbench.contracts.digitalpost.SendReceipt;
import dk.workbench.contracts.digitalpost.memo.MemoMessage;
import dk.workbench.contracts.digitalpost.memo.MemoParseException;
import dk.workbench.contracts.digitalpost.memo.MemoXml;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.ForbiddenException;
import dk.workbench.http.HttpClients;
import dk.workbench.http.JsonCall;
import dk.workbench.http.MalformedResponseException;
import dk.workbench.http.NotFoundException;
import dk.workbench.http.Redaction;
import dk.workbench.http.RetryPolicy;
import java.util.Objects;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Client for the Digital Post API ({@code /digitalpost/v1}): a citizen's mailbox listing and
 * registration, each message as MeMo 1.2 ({@link MemoMessage}), attachments, marking as read,
 * and sending. Blocking and thread-agnostic: call it from a background thread. GETs and the
 * idempotent PUT are retried by the shared client; a send carries an {@code Idempotency-Key},
 * so it is retried too and still delivered once.
 *
 * <pre>{@code
 * DigitalPostClient post = new DigitalPostClient(endpoint);
 * MailboxPage page = post.listMailbox(cpr, 0, MailboxQuery.defaults().onlyUnread());
 * MemoMessage letter = post.message(page.items().get(0).messageUUID());
 * byte[] pdf = post.attachment(page.items().get(0).messageUUID(), "1");
 * }</pre>
 */
public final class DigitalPostClient {
  private static final MediaType XML = MediaType.get("application/xml");
  private static final String BASE = "digitalpost/v1";

  private final ApiEndpoint endpoint;
  private final JsonCall call;

  public DigitalPostClient(ApiEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.call = endpoint.jsonCall();
  }

  /**
   * One page of the citizen's messages, newest first, with the total count.
   *
   * @param page the page, from 0; past the last page the items are empty
   * @throws NotFoundException no such person
   * @throws ForbiddenException the staff role may not read Digital Post
   * @throws ApiException any other failure
   */
  public MailboxPage listMailbox(CprNumber cpr, int page, MailboxQuery query) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    Objects.requireNonNull(query, "query == null");
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative");
    }
    HttpUrl.Builder url = endpoint.url(BASE + "/mailboxes").addPathSegment(cpr.value()).addPathSegment("messages")
        .addQueryParameter("page", Integer.toString(page))
        .addQueryParameter("size", Integer.toString(query.size()));
    if (query.unread() != null) {
      url.addQueryParameter("unread", query.unread().toString());
    }
    if (query.from() != null) {
      url.addQueryParameter("from", query.from().toString());
    }
    if (query.to() != null) {
      url.addQueryParameter("to", query.to().toString());
    }
    return call.execute(json(url.build()).get().build(), MailboxPage.class);
  }

  /**
   * The citizen's registration: active, exempt (with the exemption), under 15 or closed
   * (deceased); who else may read the post; and the message counts.
   *
   * @throws NotFoundException no such person
   * @throws ApiException any other failure
   */
  public Mailbox mailbox(CprNumber cpr) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    return call.execute(json(endpoint.url(BASE + "/mailboxes").addPathSegment(cpr.value()).build()).get().build(),
        Mailbox.class);
  }

  /**
   * One message as MeMo 1.2.
   *
   * @throws NotFoundException no such message
   * @throws MalformedResponseException the answer is not a MeMo 1.2 message
   * @throws ApiException any other failure
   */
  public MemoMessage message(UUID messageUuid) throws ApiException {
    Objects.requireNonNull(messageUuid, "messageUuid == null");
    Request request = new Request.Builder().url(messageUrl(messageUuid).build()).header("Accept", MemoXml.MEDIA_TYPE)
        .header(HttpClients.CORRELATION_ID, UUID.randomUUID().toString()).get().build();
    byte[] xml = call.executeForBytes(request, MemoXml.MAX_BYTES);
    try {
      return MemoXml.read(xml);
    } catch (MemoParseException e) {
      throw new MalformedResponseException(200, request.header(HttpClients.CORRELATION_ID),
          Redaction.forLog(request.url()), e);
    }
  }

  /**
   * One file of a message, decoded (generated post: a PDF).
   *
   * @param attachmentId the {@code id} from the listing's attachments, "1" for the main document
   * @throws NotFoundException no such message or attachment
   * @throws ApiException any other failure
   */
  public byte[] attachment(UUID messageUuid, String attachmentId) throws ApiException {
    Objects.requireNonNull(messageUuid, "messageUuid == null");
    Objects.requireNonNull(attachmentId, "attachmentId == null");
    HttpUrl url = messageUrl(messageUuid).addPathSegment("attachments").addPathSegment(attachmentId).build();
    Request request = new Request.Builder().url(url).header("Accept", "application/pdf, application/octet-stream")
        .get().build();
    return call.executeForBytes(request, MemoXml.MAX_BYTES);
  }

  /**
   * Marks the message read; marking it again changes nothing.
   *
   * @throws NotFoundException no such message
   * @throws ApiException any other failure
   */
  public ReadState markRead(UUID messageUuid) throws ApiException {
    Objects.requireNonNull(messageUuid, "messageUuid == null");
    HttpUrl url = messageUrl(messageUuid).addPathSegment("read").build();
    return call.execute(json(url).put(RequestBody.create(new byte[0])).build(), ReadState.class);
  }

  /**
   * Sends the message to the citizen in its {@code Recipient}, with a new idempotency key. Use
   * {@link #send(MemoMessage, String)} with a stored key when the send itself may be repeated
   * (e.g. from an outbox after a crash).
   */
  public SendReceipt send(MemoMessage message) throws ApiException {
    return send(message, UUID.randomUUID().toString());
  }

  /**
   * Sends the message to the citizen in its {@code Recipient}. Repeating the call with the same
   * key and message delivers nothing new and answers the first receipt.
   *
   * @param idempotencyKey one per logical send, 1 to 255 printable ASCII characters
   * @throws ClientErrorException 409 when the recipient does not receive Digital Post (the
   *     letter must go by paper; see the problem's detail) or the key was used for another
   *     message; 400 when the back-end refuses the message
   * @throws ForbiddenException the staff role may not send (SUPERVISOR only)
   * @throws NotFoundException no such recipient
   * @throws ApiException any other failure
   */
  public SendReceipt send(MemoMessage message, String idempotencyKey) throws ApiException {
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
    if (!idempotencyKey.matches("[\\x21-\\x7e]{1,255}")) {
      throw new IllegalArgumentException("idempotencyKey must be 1 to 255 printable ASCII characters");
    }
    HttpUrl url = endpoint.url(BASE + "/messages").build();
    Request request = json(url).header(RetryPolicy.IDEMPOTENCY_KEY, idempotencyKey)
        .post(RequestBody.create(MemoXml.write(message), XML)).build();
    return call.execute(request, SendReceipt.class);
  }

  private HttpUrl.Builder messageUrl(UUID messageUuid) {
    return endpoint.url(BASE + "/messages").addPathSegment(messageUuid.toString());
  }

  private static Request.Builder json(HttpUrl url) {
    return new Request.Builder().url(url).header("Accept", "application/json");
  }
}
