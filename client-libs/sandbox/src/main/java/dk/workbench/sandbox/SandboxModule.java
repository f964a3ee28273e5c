package dk.workbench.sandbox;

import java.util.List;

/** One API the sandbox serves (CPR, cases, Digital Post …): its routes. */
public interface SandboxModule {
  List<Route> routes();
}
