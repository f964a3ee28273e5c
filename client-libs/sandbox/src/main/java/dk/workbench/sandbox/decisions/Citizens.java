package dk.workbench.sandbox.decisions;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.sandbox.ProblemException;
import dk.workbench.sandbox.Problems;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.SandboxContext;

/** The citizen named by a {@code …/citizens/{cpr}/…} path: 400 if no CPR number, 404 if unknown. */
public final class Citizens {
  private Citizens() {}

  /** The person of path parameter {@code group}; never echoes the number in a problem. */
  public static Person find(SandboxContext context, Request request, int group) {
    CprNumber cpr;
    try {
      cpr = CprNumber.parse(request.pathParam(group), context.today());
    } catch (InvalidCprNumberException e) {
      throw new ProblemException(Problems.invalidCpr(
          "Not a CPR number (" + e.problem().name().toLowerCase().replace('_', ' ')
              + "): write ten digits, ddmmyyssss or ddmmyy-ssss.", request.instance()));
    }
    return context.population().find(cpr).orElseThrow(() -> new ProblemException(
        Problems.notFound("No person with this CPR number in the sandbox population.", request.instance())));
  }
}
