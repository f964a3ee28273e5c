package dk.workbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/architecture.md, enforced. */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dk.workbench");
  }

  @Test
  void clientLibrariesKnowNeitherSpringNorJavaFx() {
    noClasses().that().resideInAnyPackage("dk.workbench.contracts..", "dk.workbench.http..", "dk.workbench.clients..",
            "dk.workbench.rules..", "dk.workbench.sandbox..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "javafx..")
        .check(classes);
  }

  @Test
  void clientLibrariesDependOneWay() {
    noClasses().that().resideInAnyPackage("dk.workbench.contracts..")
        .should().dependOnClassesThat().resideInAnyPackage("dk.workbench.http..", "dk.workbench.clients..", "dk.workbench.rules..",
            "dk.workbench.sandbox..", "dk.workbench.app..", "dk.workbench.ui..", "dk.workbench.service..", "okhttp3..")
        .check(classes);
    noClasses().that().resideInAnyPackage("dk.workbench.http..")
        .should().dependOnClassesThat().resideInAnyPackage("dk.workbench.clients..", "dk.workbench.sandbox..", "dk.workbench.rules..")
        .check(classes);
    noClasses().that().resideInAnyPackage("dk.workbench.rules..", "dk.workbench.sandbox..")
        .should().dependOnClassesThat().resideInAnyPackage("dk.workbench.http..", "dk.workbench.clients..", "okhttp3..")
        .check(classes);
  }

  @Test
  void nothingBelowTheUiImportsJavaFx() {
    noClasses().that().resideInAnyPackage("dk.workbench.domain..", "dk.workbench.service..", "dk.workbench.cache..", "dk.workbench.letters..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..")
        .check(classes);
  }

  @Test
  void appLayersPointDownwards() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("App").definedBy("dk.workbench.app..")
        .layer("Ui").definedBy("dk.workbench.ui..")
        .layer("Service").definedBy("dk.workbench.service..")
        .optionalLayer("Infrastructure").definedBy("dk.workbench.cache..", "dk.workbench.letters..")
        .layer("Domain").definedBy("dk.workbench.domain..")
        .whereLayer("App").mayNotBeAccessedByAnyLayer()
        .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
        .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Ui")
        .whereLayer("Infrastructure").mayOnlyBeAccessedByLayers("App", "Service")
        .check(classes);
  }

  @Test
  void servicesAndBelowKnowNoSpring() {
    noClasses().that().resideInAnyPackage("dk.workbench.domain..", "dk.workbench.service..", "dk.workbench.ui..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
        .check(classes);
  }

  @Test
  void platformRunLaterOnlyInUiCommon() {
    noClasses().that().resideOutsideOfPackage("dk.workbench.ui.common..")
        .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
        .check(classes);
  }
}
