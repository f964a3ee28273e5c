/**
 * The sandbox back-end: {@link dk.workbench.sandbox.SandboxServer} serves the back-end
 * contracts over HTTP on loopback from a deterministic synthetic population, configured by
 * {@link dk.workbench.sandbox.SandboxConfig}. Everything else in the package is internal.
 * See {@code docs/sandbox.md}.
 */
package dk.workbench.sandbox;
