package dk.workbench.rules;

import dk.workbench.rules.parameters.LegalReference;
import java.time.LocalDate;

/** Legal references for rules, with the consolidation in force on the date computed (as recorded in RULES.md). */
final class Laws {
  static final String PENSION = "Lov om social pension";
  static final String CHILD = "Lov om en børne- og ungeydelse";
  static final String HOUSING = "Lov om individuel boligstøtte";
  static final String CONVENTION = "Workbench-regel (ingen lovtekst fundet i referencematerialet)";

  private static final LocalDate PL_2019 = LocalDate.of(2019, 9, 23);
  private static final LocalDate PL_2022 = LocalDate.of(2022, 4, 25);
  private static final LocalDate PL_2024 = LocalDate.of(2024, 10, 21);
  private static final LocalDate BU_2025 = LocalDate.of(2025, 5, 12);
  private static final LocalDate BS_2021 = LocalDate.of(2021, 2, 12);
  private static final LocalDate BS_2025 = LocalDate.of(2025, 7, 1);

  private Laws() {}

  static LegalReference pension(LocalDate d, String provision) {
    String c = !d.isBefore(PL_2024) ? "LBK nr. 1123 af 21/10/2024"
        : !d.isBefore(PL_2022) ? "LBK nr. 527 af 25/04/2022"
        : !d.isBefore(PL_2019) ? "LBK nr. 983 af 23/09/2019" : null;
    return new LegalReference(PENSION, c, provision);
  }

  static LegalReference child(LocalDate d, String provision) {
    return new LegalReference(CHILD, !d.isBefore(BU_2025) ? "LBK nr. 603 af 12/05/2025" : null, provision);
  }

  static LegalReference housing(LocalDate d, String provision) {
    String c = !d.isBefore(BS_2025) ? "LBK nr. 995 af 01/07/2025" : !d.isBefore(BS_2021) ? "LBK nr. 229 af 12/02/2021" : null;
    return new LegalReference(HOUSING, c, provision);
  }

  static LegalReference convention(String provision) {
    return new LegalReference(CONVENTION, null, provision);
  }
}
