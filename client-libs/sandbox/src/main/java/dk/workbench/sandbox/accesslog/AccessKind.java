package dk.workbench.sandbox.accesslog;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.contracts.accesslog.ActorType;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.contracts.accesslog.LegalBasis;
import dk.workbench.contracts.accesslog.Organisation;
import java.util.List;

/**
 * One kind of access that recurs in citizens' logs: an organisation's actor using a system for a
 * purpose under a law, touching some data categories with one of a few actions.
 *
 * @param actorType employee, system or citizen
 * @param organisation who is responsible
 * @param role the actor's role
 * @param namesShown whether an employee's name may be shown (never for police or intelligence)
 * @param system the IT system
 * @param purpose why
 * @param legalBasis under which law
 * @param categories the data touched
 * @param actions the actions, repeated by weight (one is picked per entry)
 * @param representative true for a representative acting under the citizen's power of attorney
 */
record AccessKind(
    ActorType actorType,
    Organisation organisation,
    String role,
    boolean namesShown,
    String system,
    AccessPurpose purpose,
    LegalBasis legalBasis,
    List<DataCategory> categories,
    List<AccessAction> actions,
    boolean representative) {

  AccessKind {
    categories = List.copyOf(categories);
    actions = List.copyOf(actions);
  }
}
