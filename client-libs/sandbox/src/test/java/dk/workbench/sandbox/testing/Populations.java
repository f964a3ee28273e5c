package dk.workbench.sandbox.testing;

import dk.workbench.sandbox.population.Population;

/** The default-seed population, drawn once per test JVM and shared (it is immutable). */
public final class Populations {
  private Populations() {}

  private static final class Holder {
    static final Population DEFAULT = Population.generate(Population.DEFAULT_SEED);
  }

  public static Population defaultSeed() {
    return Holder.DEFAULT;
  }
}
