package dk.workbench.service.explanation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The inputs a what-if may change, read from a decision's facts and written back into a copy of
 * them. Which ones apply depends on the benefit; the others are {@code null}:
 *
 * <ul>
 *   <li>folkepension: the incomes, civil status ({@code single}/{@code couple}) and years of residence;
 *   <li>børne- og ungeydelse: the income basis and the number of children;
 *   <li>boligstøtte: the household income, the yearly rent and the number of children.
 * </ul>
 *
 * @param benefit the facts' {@code benefit} (rules engine wire name)
 * @param incomes the editable incomes, in facts order
 * @param civilStatus folkepension only
 * @param residenceYears folkepension only
 * @param rent boligstøtte only (annual)
 * @param children børne- og ungeydelse and boligstøtte
 */
public record WhatIfInputs(String benefit, List<Income> incomes, String civilStatus, BigDecimal residenceYears,
    BigDecimal rent, Integer children) {

  public WhatIfInputs {
    Objects.requireNonNull(benefit, "benefit");
    incomes = List.copyOf(incomes);
  }

  /**
   * One editable income.
   *
   * @param field the facts field, e.g. {@code incomes[0].annual}, {@code recipient.incomeBasis}
   * @param owner {@code self} or {@code partner} (folkepension), else {@code self}
   * @param type the income type ({@code work}, {@code atp}, …, {@code incomeBasis}, {@code householdIncome})
   * @param source the data source named in the facts, or {@code null}
   * @param annual kroner per year
   */
  public record Income(String field, String owner, String type, String source, BigDecimal annual) {}

  /** The current inputs of a facts document. */
  public static WhatIfInputs of(JsonNode facts) {
    String benefit = facts.path("benefit").asText();
    List<Income> incomes = new ArrayList<>();
    switch (benefit) {
      case "folkepension" -> {
        int i = 0;
        for (JsonNode in : facts.path("incomes")) {
          incomes.add(new Income("incomes[" + i++ + "].annual", in.path("owner").asText("self"), in.path("type").asText(),
              in.hasNonNull("source") ? in.get("source").asText() : null, in.path("annual").decimalValue()));
        }
        JsonNode person = facts.path("person");
        return new WhatIfInputs(benefit, incomes, person.path("civilStatus").asText(null),
            person.path("residenceYearsInDenmark").decimalValue(), null, null);
      }
      case "boerne_ungeydelse" -> {
        incomes.add(new Income("recipient.incomeBasis", "self", "incomeBasis", null,
            facts.path("recipient").path("incomeBasis").decimalValue()));
        return new WhatIfInputs(benefit, incomes, null, null, null, facts.path("children").size());
      }
      default -> {
        JsonNode household = facts.path("household");
        incomes.add(new Income("household.annualIncome", "self", "householdIncome", null,
            household.path("annualIncome").decimalValue()));
        return new WhatIfInputs(benefit, incomes, null, null, household.path("annualRent").decimalValue(),
            household.path("children").asInt());
      }
    }
  }

  /** With income {@code index} set to {@code annual}. */
  public WhatIfInputs withIncome(int index, BigDecimal annual) {
    List<Income> changed = new ArrayList<>(incomes);
    Income old = changed.get(index);
    changed.set(index, new Income(old.field(), old.owner(), old.type(), old.source(), annual));
    return new WhatIfInputs(benefit, changed, civilStatus, residenceYears, rent, children);
  }

  public WhatIfInputs withCivilStatus(String status) {
    return new WhatIfInputs(benefit, incomes, status, residenceYears, rent, children);
  }

  public WhatIfInputs withResidenceYears(BigDecimal years) {
    return new WhatIfInputs(benefit, incomes, civilStatus, years, rent, children);
  }

  public WhatIfInputs withRent(BigDecimal annualRent) {
    return new WhatIfInputs(benefit, incomes, civilStatus, residenceYears, annualRent, children);
  }

  public WhatIfInputs withChildren(int count) {
    return new WhatIfInputs(benefit, incomes, civilStatus, residenceYears, rent, count);
  }

  /**
   * A copy of {@code facts} with these inputs. Going from couple to single drops the partner's
   * incomes; more children than in the facts are added with the youngest child's birth date.
   */
  public ObjectNode applyTo(JsonNode facts) {
    ObjectNode copy = facts.deepCopy();
    switch (benefit) {
      case "folkepension" -> {
        ArrayNode list = array(copy, "incomes");
        for (int i = 0; i < incomes.size() && i < list.size(); i++) {
          ((ObjectNode) list.get(i)).put("annual", incomes.get(i).annual());
        }
        ObjectNode person = object(copy, "person");
        if (civilStatus != null) {
          person.put("civilStatus", civilStatus);
          if (civilStatus.equals("single")) {
            person.put("partnerReceivesSocialPension", false);
            for (int i = list.size() - 1; i >= 0; i--) {
              if ("partner".equals(list.get(i).path("owner").asText())) {
                list.remove(i);
              }
            }
          } else if (!person.hasNonNull("partnerReceivesSocialPension")) {
            person.put("partnerReceivesSocialPension", false);
          }
        }
        if (residenceYears != null) {
          person.put("residenceYearsInDenmark", residenceYears);
        }
      }
      case "boerne_ungeydelse" -> {
        object(copy, "recipient").put("incomeBasis", incomes.get(0).annual());
        ArrayNode kids = array(copy, "children");
        if (children != null) {
          while (kids.size() > children && kids.size() > 0) {
            kids.remove(kids.size() - 1);
          }
          JsonNode youngest = kids.isEmpty() ? null : kids.get(kids.size() - 1);
          while (youngest != null && kids.size() < children) {
            kids.add(youngest.deepCopy());
          }
        }
      }
      default -> {
        ObjectNode household = object(copy, "household");
        household.put("annualIncome", incomes.get(0).annual());
        if (rent != null) {
          household.put("annualRent", rent);
        }
        if (children != null) {
          household.put("children", children);
        }
      }
    }
    return copy;
  }

  private static ObjectNode object(ObjectNode parent, String field) {
    JsonNode node = parent.get(field);
    return node instanceof ObjectNode o ? o : parent.putObject(field);
  }

  private static ArrayNode array(ObjectNode parent, String field) {
    JsonNode node = parent.get(field);
    return node instanceof ArrayNode a ? a : parent.putArray(field);
  }
}
