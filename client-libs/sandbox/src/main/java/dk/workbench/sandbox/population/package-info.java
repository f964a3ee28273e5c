/**
 * The deterministic synthetic population the sandbox serves: {@link
 * dk.workbench.sandbox.population.Population} (drawn from a seed) and the {@link
 * dk.workbench.sandbox.population.Archetype archetypes} testers look up. The generator, names,
 * addresses and CPR allocation are internal.
 */
package dk.workbench.sandbox.population;
