/**
 * The MeMo 1.2 message model of Danish Digital Post and its XML binding ({@link
 * dk.workbench.contracts.digitalpost.memo.MemoXml}), after the official examples in
 * {@code shared/specs/memo}.
 */
package dk.workbench.contracts.digitalpost.memo;
