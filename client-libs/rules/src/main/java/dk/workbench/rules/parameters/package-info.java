/**
 * Dated benefit parameters ("satser") with provenance: every value carries its {@code valid_from}, unit,
 * legal reference (law, consolidation, provision), source URL and a confidence letter.
 *
 * <p>The standard table is read once from the classpath resource {@code dk/workbench/rules/parameters.json}; see
 * {@code docs/rules.md} for the file format and for how to add a year's rates. Values are looked up by the date of
 * the period being computed, never by "today". A yearly-regulated parameter applies only inside the calendar year of
 * its {@code valid_from}: a year without a value is a missing parameter, never the last known value carried forward.
 */
package dk.workbench.rules.parameters;
