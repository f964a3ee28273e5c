package dk.workbench.service.access;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.Purpose;
import dk.workbench.service.overview.Section;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Records that a staff member looked a citizen up (who, whom, why, which sections), so that the
 * citizen can see it in the access log. The overview shows nothing until the record is made.
 * The same record serves every other action on a citizen's data (opening a letter, exporting
 * the access log, revealing a protected address), and says on whose behalf it was done.
 */
public interface AccessRecorder {
  /**
   * One access. {@code id} is unique per access and doubles as the idempotency key.
   *
   * @param activity what was done; {@link Activity#LOOKUP} for an overview
   * @param onBehalfOf who the staff member acted for (a representative of the citizen), or null
   */
  record Access(String id, CprNumber citizen, Purpose purpose, Set<Section> sections, Instant at, Activity activity,
      OnBehalf onBehalfOf) {
    public Access {
      Objects.requireNonNull(activity, "activity == null");
    }

    /** A look-up of the overview, by the staff member for themself. */
    public Access(String id, CprNumber citizen, Purpose purpose, Set<Section> sections, Instant at) {
      this(id, citizen, purpose, sections, at, Activity.LOOKUP, null);
    }
  }

  /**
   * What was done: a stable code for the local audit log, the access-log action, and the data
   * touched (null: derived from the sections).
   *
   * @param detail a short text for the audit log (e.g. a stated reason); never a CPR number or a name
   */
  record Activity(String code, AccessAction action, List<DataCategory> categories, String detail) {
    /** An overview look-up. */
    public static final Activity LOOKUP = new Activity("LOOKUP", AccessAction.READ, null, null);

    public Activity {
      Objects.requireNonNull(code, "code == null");
      Objects.requireNonNull(action, "action == null");
      categories = categories == null ? null : List.copyOf(categories);
    }
  }

  /**
   * A representative acting for the citizen, and the basis: "X on behalf of Y (basis)".
   *
   * @param representative the person acting for the citizen (X)
   * @param basisId the power of attorney's id, or the recorded verbal consent's id
   * @param basis the basis in words, e.g. "fuldmagt 4f2…, gyldig til 31.12.2027"
   */
  record OnBehalf(CprNumber representative, String basisId, String basis) {
    public OnBehalf {
      Objects.requireNonNull(representative, "representative == null");
      Objects.requireNonNull(basisId, "basisId == null");
      Objects.requireNonNull(basis, "basis == null");
    }

    /** No CPR number. */
    @Override
    public String toString() {
      return "OnBehalf[basisId=" + basisId + "]";
    }
  }

  /** Blocking; throws if the access could not be recorded. */
  void record(Access access) throws Exception;
}
