package dk.workbench.contracts.benefits;

/** The Payment Denmark benefits the workbench shows grants, payments and decisions for. */
public enum BenefitType {
  FOLKEPENSION("folkepension"),
  BOERNE_UNGEYDELSE("boerne_ungeydelse"),
  BOLIGSTOETTE("boligstoette");

  private final String rulesName;

  BenefitType(String rulesName) {
    this.rulesName = rulesName;
  }

  /** The benefit's name in the rules engine's facts and explanation JSON ({@code "benefit"}). */
  public String rulesName() {
    return rulesName;
  }
}
