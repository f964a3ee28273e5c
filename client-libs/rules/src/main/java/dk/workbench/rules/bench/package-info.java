/** Throughput benchmark of the rules engine ({@code workbench bench rules}). */
package dk.workbench.rules.bench;
