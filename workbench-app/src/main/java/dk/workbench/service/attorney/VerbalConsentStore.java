package dk.workbench.service.attorney;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.cache.ConsentTable;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.CprNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Where recorded verbal consents are kept (the encrypted local cache, or memory without one). */
public interface VerbalConsentStore {
  /** Keeps a new consent. Blocking. */
  void save(VerbalConsent consent);

  /** The citizen's consents still valid at {@code now}, newest first. Blocking. */
  List<VerbalConsent> valid(CprNumber citizen, Instant now);

  /** A store in memory, for a workbench without a local cache (and for tests). */
  static VerbalConsentStore inMemory() {
    List<VerbalConsent> all = new CopyOnWriteArrayList<>();
    return new VerbalConsentStore() {
      @Override
      public void save(VerbalConsent consent) {
        all.add(0, consent);
      }

      @Override
      public List<VerbalConsent> valid(CprNumber citizen, Instant now) {
        return all.stream()
            .filter(c -> c.citizenCpr().equals(citizen.value()) && c.validUntil().isAfter(now))
            .toList();
      }
    };
  }

  /** A store in the encrypted local cache. */
  static VerbalConsentStore in(ConsentTable table) {
    ObjectMapper mapper = ContractsJson.newMapper();
    return new VerbalConsentStore() {
      @Override
      public void save(VerbalConsent consent) {
        try {
          table.put(consent.id(), CprNumber.parse(consent.citizenCpr()), consent.validUntil(),
              mapper.writeValueAsBytes(consent));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (dk.workbench.contracts.cpr.InvalidCprNumberException e) {
          throw new IllegalArgumentException("the consent's citizen is not a CPR number");
        }
      }

      @Override
      public List<VerbalConsent> valid(CprNumber citizen, Instant now) {
        List<VerbalConsent> out = new java.util.ArrayList<>();
        for (byte[] payload : table.valid(citizen, now)) {
          try {
            out.add(mapper.readValue(payload, VerbalConsent.class));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        java.util.Collections.reverse(out);
        return out;
      }
    };
  }
}
