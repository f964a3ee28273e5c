package dk.workbench.service.attorney;

import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** What an acting-for session rests on: a power of attorney, a recorded verbal consent, or the citizen being present. */
public sealed interface Basis {
  /** The id the access log records under {@code onBehalfOf.powerId}. */
  String id();

  /** The privileges this basis grants for the session. */
  Set<FuldmagtPrivilege> privileges();

  /** The moment the basis stops holding, if it has an end. */
  Optional<Instant> endsAt();

  /**
   * A power of attorney checked with the back-end for each privilege.
   *
   * @param validTo the power's last day in force; null when open-ended
   */
  record Power(String id, LocalDate validTo, Set<FuldmagtPrivilege> privileges, Instant ends) implements Basis {
    public Power {
      privileges = Set.copyOf(privileges);
    }

    @Override
    public Optional<Instant> endsAt() {
      return Optional.ofNullable(ends);
    }
  }

  /** A verbal consent recorded in the workbench (stored locally and logged like a power). */
  record Consent(VerbalConsent consent) implements Basis {
    @Override
    public String id() {
      return consent.id();
    }

    @Override
    public Set<FuldmagtPrivilege> privileges() {
      return consent.privileges();
    }

    @Override
    public Optional<Instant> endsAt() {
      return Optional.of(consent.validUntil());
    }
  }

  /**
   * A recorded assisted session: the citizen is present in person (or on the line, identified)
   * and the staff member helps them with their own data. Covers reading everything, for the visit.
   */
  record CitizenPresent(String id, Instant ends) implements Basis {
    @Override
    public Set<FuldmagtPrivilege> privileges() {
      return Set.of(FuldmagtPrivilege.READ_CASES, FuldmagtPrivilege.READ_BENEFITS, FuldmagtPrivilege.READ_DIGITAL_POST);
    }

    @Override
    public Optional<Instant> endsAt() {
      return Optional.of(ends);
    }
  }
}
