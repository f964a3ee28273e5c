package dk.workbench.service.overview;

import dk.workbench.contracts.cpr.CprNumber;

/**
 * Fetches one section of the overview from its back-end. Blocking; called on the I/O pool.
 *
 * @param <T> what the section shows
 */
public interface SectionSource<T> {
  Section section();

  /** The back-end as staff know it, e.g. "CPR" or "Udbetaling Danmark" (shown as the section's source). */
  String sourceName();

  T fetch(CprNumber cpr) throws Exception;
}
