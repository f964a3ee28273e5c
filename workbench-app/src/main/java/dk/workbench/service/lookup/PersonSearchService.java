package dk.workbench.service.lookup;

import dk.workbench.clients.cpr.CprClient;
import dk.workbench.contracts.cpr.PersonSearchResult;
import dk.workbench.domain.SearchInput;
import dk.workbench.http.ApiException;

/**
 * Finds the candidates for a name with a birth date, or for a phone number. Staff always pick
 * from the list, even when there is only one: a search never opens a citizen by itself.
 */
public class PersonSearchService {
  private final CprClient cpr;

  public PersonSearchService(CprClient cpr) {
    this.cpr = cpr;
  }

  /** Blocking: call it off the UI thread. */
  public PersonSearchResult search(SearchInput.NameAndBirthDate input) throws ApiException {
    return cpr.search(input.name(), input.birthDate());
  }

  /** Blocking: call it off the UI thread. */
  public PersonSearchResult search(SearchInput.Phone input) throws ApiException {
    return cpr.searchByPhone(input.number());
  }
}
