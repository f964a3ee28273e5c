/**
 * Digital Post contracts: the JSON mailbox listing, registration and receipts. The messages
 * themselves are MeMo 1.2 XML, bound in {@link dk.workbench.contracts.digitalpost.memo}.
 */
package dk.workbench.contracts.digitalpost;
