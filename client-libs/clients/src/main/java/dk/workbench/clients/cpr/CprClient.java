package dk.workbench.clients.cpr;

import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Kontaktoplysninger;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.PersonSearchResult;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.ForbiddenException;
import dk.workbench.http.JsonCall;
import dk.workbench.http.NotFoundException;
import java.time.LocalDate;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Client for the CPR person API (after KOMBIT SF1520; {@code openapi/cpr.openapi.yaml}): one
 * person by CPR number, the current address, the phone numbers, and the search by name and
 * birth date or by phone number. Blocking and thread-agnostic: call it from a background
 * thread. Calls are retried by the shared client as its {@code RetryPolicy} says.
 *
 * <pre>{@code
 * CprClient cpr = new CprClient(ApiEndpoint.of(URI.create("http://127.0.0.1:18080/"), shared));
 * Person person = cpr.lookupPerson(CprNumber.parse("0707614285"));
 * PersonSearchResult found = cpr.search("Karen Sørensen", LocalDate.of(1961, 7, 7));
 * }</pre>
 */
public final class CprClient {
  private static final String PERSONS = "cpr/v1/persons";

  private final ApiEndpoint endpoint;
  private final JsonCall call;

  /** A client for the API at the endpoint (base URL and shared HTTP client). */
  public CprClient(ApiEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.call = endpoint.jsonCall();
  }

  /**
   * Looks one person up. A person under name and address protection comes without
   * {@code adresse.aktuelAdresse} unless the staff role may read protected addresses.
   *
   * @throws NotFoundException when the register has no such person
   * @throws ApiException for any other failure (unreachable, timeout, refused, failed, unreadable answer)
   */
  public Person lookupPerson(CprNumber cpr) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    return get(person(cpr).build(), Person.class);
  }

  /**
   * The person's current Danish address alone.
   *
   * @throws NotFoundException when there is no such person or no current Danish address
   *     (emigrated, deceased)
   * @throws ForbiddenException when the address is protected and the staff role may not read it
   * @throws ApiException for any other failure
   */
  public Adresse.AktuelAdresse address(CprNumber cpr) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    return get(person(cpr).addPathSegment("adresse").build(), Adresse.AktuelAdresse.class);
  }

  /**
   * The person's phone numbers (mobile first, then the household's landline); possibly none.
   *
   * @throws NotFoundException when there is no such person
   * @throws ForbiddenException when the person is under address protection and the staff role
   *     may not read protected addresses
   * @throws ApiException for any other failure
   */
  public Kontaktoplysninger contact(CprNumber cpr) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    return get(person(cpr).addPathSegment("kontakt").build(), Kontaktoplysninger.class);
  }

  /**
   * Everyone born on {@code birthDate} whose name holds every name in {@code name}, matched
   * the Danish way (case and diacritics ignored; æ, ø, å significant with aa = å, ae = æ,
   * oe = ø; any part of a double surname; middle names may be left out, order is free). The
   * answer lists every candidate (at most 50, {@link PersonSearchResult#truncated()} if there
   * were more), never a silent pick of one.
   *
   * @param name one or more names, e.g. "Karen Sørensen"; not blank
   * @throws ClientErrorException (400) when the name holds no usable letters
   * @throws ApiException for any other failure
   */
  public PersonSearchResult search(String name, LocalDate birthDate) throws ApiException {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(birthDate, "birthDate == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    return get(endpoint.url(PERSONS).addQueryParameter("navn", name.strip())
        .addQueryParameter("foedselsdato", birthDate.toString()).build(), PersonSearchResult.class);
  }

  /**
   * Everyone reachable on a Danish phone number as people write it: "+45 20 12 34 56",
   * "0045-20123456", "20/12/34/56" … (a household's landline finds every adult there).
   *
   * @param phone the number; eight digits once +45/0045, spaces, dashes, dots, brackets and "/"
   *     are dropped
   * @throws ClientErrorException (400) when it is not a Danish phone number
   * @throws ApiException for any other failure
   */
  public PersonSearchResult searchByPhone(String phone) throws ApiException {
    Objects.requireNonNull(phone, "phone == null");
    if (phone.isBlank()) {
      throw new IllegalArgumentException("phone is blank");
    }
    return get(endpoint.url(PERSONS).addQueryParameter("telefon", phone.strip()).build(), PersonSearchResult.class);
  }

  private HttpUrl.Builder person(CprNumber cpr) {
    return endpoint.url(PERSONS).addPathSegment(cpr.value());
  }

  private <T> T get(HttpUrl url, Class<T> type) throws ApiException {
    return call.execute(new Request.Builder().url(url).header("Accept", "application/json").get().build(), type);
  }
}
