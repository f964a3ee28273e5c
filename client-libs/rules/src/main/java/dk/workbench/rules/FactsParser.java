package dk.workbench.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.rules.BoerneUngeydelseFacts.Child;
import dk.workbench.rules.BoerneUngeydelseFacts.Custody;
import dk.workbench.rules.FolkepensionFacts.CivilStatus;
import dk.workbench.rules.FolkepensionFacts.Income;
import dk.workbench.rules.FolkepensionFacts.IncomeType;
import dk.workbench.rules.FolkepensionFacts.Owner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Facts JSON to {@link Facts}, with field-naming {@link FactsException}s. Messages never contain values. */
final class FactsParser {
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(40).maxNestingDepth(20).build())
      .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000");
  private static final BigDecimal MAX_YEARS = new BigDecimal("100");
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

  private FactsParser() {}

  static Facts parse(String json) throws FactsException {
    if (json == null || json.isBlank()) {
      throw new FactsException("facts", "empty; expected a JSON object");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new FactsException("facts", describe(e));
    }
    if (root == null || !root.isObject()) {
      throw new FactsException("facts", "must be a JSON object");
    }
    String benefitName = requiredText(root, "benefit", "benefit");
    Benefit benefit = Benefit.fromWireName(benefitName);
    if (benefit == null) {
      throw new FactsException("benefit", "unknown benefit; expected one of folkepension, boerne_ungeydelse, boligstoette");
    }
    return switch (benefit) {
      case FOLKEPENSION -> folkepension(root);
      case BOERNE_UNGEYDELSE -> boerneUngeydelse(root);
      case BOLIGSTOETTE -> boligstoette(root);
    };
  }

  private static String describe(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    JsonLocation loc = e.getLocation();
    String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    if (original.startsWith("Duplicate field '")) {
      int end = original.indexOf('\'', 17);
      return "duplicate field '" + original.substring(17, end < 0 ? original.length() : end) + "'" + where;
    }
    if (original.contains("Number value length") || original.contains("Number length")) {
      return "a number is too long" + where;
    }
    return "not valid JSON" + where;
  }

  // ---------------------------------------------------------------- folkepension

  private static Facts folkepension(JsonNode root) throws FactsException {
    allowOnly(root, "", Set.of("benefit", "period", "person", "incomes"));
    Period period = month(root);
    JsonNode person = requiredObject(root, "person", "person");
    allowOnly(person, "person.", Set.of("birthDate", "civilStatus", "partnerReceivesSocialPension", "residenceYearsInDenmark"));
    LocalDate birth = date(person, "birthDate", "person.birthDate");
    if (birth.isBefore(EARLIEST_BIRTH)) {
      throw new FactsException("person.birthDate", "is not a plausible birth date");
    }
    if (!birth.isBefore(period.start())) {
      throw new FactsException("person.birthDate", "must be before the period");
    }
    String cs = requiredText(person, "civilStatus", "person.civilStatus");
    CivilStatus civil = switch (cs) {
      case "single" -> CivilStatus.SINGLE;
      case "couple" -> CivilStatus.COUPLE;
      default -> throw new FactsException("person.civilStatus", "must be one of single, couple");
    };
    JsonNode partnerNode = person.get("partnerReceivesSocialPension");
    boolean partnerPension;
    if (partnerNode == null || partnerNode.isNull()) {
      if (civil == CivilStatus.COUPLE) {
        throw new FactsException("person.partnerReceivesSocialPension", "missing field (required for a couple)");
      }
      partnerPension = false;
    } else if (!partnerNode.isBoolean()) {
      throw new FactsException("person.partnerReceivesSocialPension", "must be true or false");
    } else {
      partnerPension = partnerNode.booleanValue();
      if (partnerPension && civil == CivilStatus.SINGLE) {
        throw new FactsException("person.partnerReceivesSocialPension", "must be false when civilStatus is single");
      }
    }
    BigDecimal years = number(person, "residenceYearsInDenmark", "person.residenceYearsInDenmark");
    if (years.signum() < 0) {
      throw new FactsException("person.residenceYearsInDenmark", "must not be negative");
    }
    if (years.compareTo(MAX_YEARS) > 0) {
      throw new FactsException("person.residenceYearsInDenmark", "must not be more than 100");
    }
    List<Income> incomes = new ArrayList<>();
    JsonNode arr = root.get("incomes");
    if (arr != null && !arr.isNull()) {
      if (!arr.isArray()) {
        throw new FactsException("incomes", "must be an array");
      }
      for (int i = 0; i < arr.size(); i++) {
        String p = "incomes[" + i + "]";
        JsonNode in = arr.get(i);
        if (!in.isObject()) {
          throw new FactsException(p, "must be an object");
        }
        allowOnly(in, p + ".", Set.of("owner", "type", "annual", "source"));
        Owner owner = switch (requiredText(in, "owner", p + ".owner")) {
          case "self" -> Owner.SELF;
          case "partner" -> Owner.PARTNER;
          default -> throw new FactsException(p + ".owner", "must be one of self, partner");
        };
        if (owner == Owner.PARTNER && civil == CivilStatus.SINGLE) {
          throw new FactsException(p + ".owner", "partner income given but person.civilStatus is single");
        }
        IncomeType type = incomeType(requiredText(in, "type", p + ".type"), p + ".type");
        BigDecimal annual = number(in, "annual", p + ".annual");
        if (annual.signum() < 0 && type != IncomeType.CAPITAL) {
          throw new FactsException(p + ".annual", "must not be negative (only capital income may be negative)");
        }
        JsonNode src = in.get("source");
        String source;
        if (src == null || src.isNull()) {
          source = "facts " + p;
        } else if (!src.isTextual() || src.asText().isBlank()) {
          throw new FactsException(p + ".source", "must be a non-empty text");
        } else {
          source = src.asText();
        }
        incomes.add(new Income(owner, type, annual, source));
      }
    }
    return new FolkepensionFacts(period, birth, civil, partnerPension, years, incomes);
  }

  private static IncomeType incomeType(String text, String field) throws FactsException {
    for (IncomeType t : IncomeType.values()) {
      if (t.wireName().equals(text)) {
        return t;
      }
    }
    throw new FactsException(field, "must be one of work, atp, pension, capital, share, other");
  }

  // ---------------------------------------------------------------- børne- og ungeydelse

  private static Facts boerneUngeydelse(JsonNode root) throws FactsException {
    allowOnly(root, "", Set.of("benefit", "period", "recipient", "children"));
    String text = requiredText(root, "period", "period");
    Period period = Period.parseQuarter(text);
    if (period == null) {
      throw new FactsException("period", "must be a quarter like 2023-Q1");
    }
    JsonNode r = requiredObject(root, "recipient", "recipient");
    allowOnly(r, "recipient.", Set.of("incomeBasis", "custody", "spouseIncomeBasis"));
    BigDecimal basis = number(r, "incomeBasis", "recipient.incomeBasis");
    if (basis.signum() < 0) {
      throw new FactsException("recipient.incomeBasis", "must not be negative");
    }
    Custody custody = switch (requiredText(r, "custody", "recipient.custody")) {
      case "sole" -> Custody.SOLE;
      case "shared" -> Custody.SHARED;
      default -> throw new FactsException("recipient.custody", "must be one of sole, shared");
    };
    BigDecimal spouse = null;
    if (r.hasNonNull("spouseIncomeBasis")) {
      spouse = number(r, "spouseIncomeBasis", "recipient.spouseIncomeBasis");
      if (spouse.signum() < 0) {
        throw new FactsException("recipient.spouseIncomeBasis", "must not be negative");
      }
    }
    JsonNode arr = root.get("children");
    if (arr == null || arr.isNull()) {
      throw new FactsException("children", "missing field");
    }
    if (!arr.isArray()) {
      throw new FactsException("children", "must be an array");
    }
    if (arr.isEmpty()) {
      throw new FactsException("children", "must list at least one child");
    }
    List<Child> children = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      String p = "children[" + i + "]";
      JsonNode c = arr.get(i);
      if (!c.isObject()) {
        throw new FactsException(p, "must be an object");
      }
      allowOnly(c, p + ".", Set.of("birthDate"));
      LocalDate birth = date(c, "birthDate", p + ".birthDate");
      if (birth.isBefore(EARLIEST_BIRTH)) {
        throw new FactsException(p + ".birthDate", "is not a plausible birth date");
      }
      if (!birth.isBefore(period.endExclusive())) {
        throw new FactsException(p + ".birthDate", "must not be after the period");
      }
      children.add(new Child(birth));
    }
    return new BoerneUngeydelseFacts(period, basis, custody, spouse, children);
  }

  // ---------------------------------------------------------------- boligstøtte

  private static Facts boligstoette(JsonNode root) throws FactsException {
    allowOnly(root, "", Set.of("benefit", "period", "household"));
    Period period = month(root);
    JsonNode h = requiredObject(root, "household", "household");
    allowOnly(h, "household.", Set.of("pensioner", "adults", "children", "annualRent", "annualIncome", "netWealth"));
    JsonNode pn = h.get("pensioner");
    if (pn == null || pn.isNull()) {
      throw new FactsException("household.pensioner", "missing field");
    }
    if (!pn.isBoolean()) {
      throw new FactsException("household.pensioner", "must be true or false");
    }
    int adults = wholeNumber(h, "adults", "household.adults");
    if (adults < 1) {
      throw new FactsException("household.adults", "must be at least 1");
    }
    int children = wholeNumber(h, "children", "household.children");
    if (children < 0) {
      throw new FactsException("household.children", "must not be negative");
    }
    BigDecimal rent = number(h, "annualRent", "household.annualRent");
    if (rent.signum() < 0) {
      throw new FactsException("household.annualRent", "must not be negative");
    }
    BigDecimal income = number(h, "annualIncome", "household.annualIncome");
    if (income.signum() < 0) {
      throw new FactsException("household.annualIncome", "must not be negative");
    }
    BigDecimal wealth = number(h, "netWealth", "household.netWealth");
    return new BoligstoetteFacts(period, pn.booleanValue(), adults, children, rent, income, wealth);
  }

  // ---------------------------------------------------------------- helpers

  private static Period month(JsonNode root) throws FactsException {
    String text = requiredText(root, "period", "period");
    Period p = Period.parseMonth(text);
    if (p == null) {
      throw new FactsException("period", "must be a month like 2024-01");
    }
    return p;
  }

  private static void allowOnly(JsonNode node, String prefix, Set<String> allowed) throws FactsException {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        String hint = "";
        for (String a : allowed) {
          if (a.equalsIgnoreCase(f)) {
            hint = " (did you mean " + a + "?)";
          }
        }
        throw new FactsException(prefix + safeName(f), "unknown field" + hint);
      }
    }
  }

  /** Field names are echoed only when they look like identifiers (they could otherwise carry data). */
  private static String safeName(String f) {
    return f.matches("[A-Za-z_][A-Za-z0-9_]{0,40}") ? f : "<unnamed>";
  }

  private static JsonNode requiredObject(JsonNode node, String field, String path) throws FactsException {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) {
      throw new FactsException(path, "missing field");
    }
    if (!n.isObject()) {
      throw new FactsException(path, "must be an object");
    }
    return n;
  }

  private static String requiredText(JsonNode node, String field, String path) throws FactsException {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) {
      throw new FactsException(path, "missing field");
    }
    if (!n.isTextual()) {
      throw new FactsException(path, "must be a text");
    }
    return n.asText();
  }

  private static LocalDate date(JsonNode node, String field, String path) throws FactsException {
    String text = requiredText(node, field, path);
    if (!DATE_SHAPE.matcher(text).matches()) {
      throw new FactsException(path, "must be a date like 1955-03-01");
    }
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      throw new FactsException(path, "is not a valid calendar date");
    }
  }

  private static BigDecimal number(JsonNode node, String field, String path) throws FactsException {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) {
      throw new FactsException(path, "missing field");
    }
    if (!n.isNumber()) {
      throw new FactsException(path, "must be a number");
    }
    BigDecimal v = n.decimalValue();
    if (v.abs().compareTo(MAX_AMOUNT) > 0) {
      throw new FactsException(path, "is too large");
    }
    v = v.stripTrailingZeros();
    if (v.scale() > 2) {
      throw new FactsException(path, "must have at most 2 decimals");
    }
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  private static int wholeNumber(JsonNode node, String field, String path) throws FactsException {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) {
      throw new FactsException(path, "missing field");
    }
    if (!n.isNumber()) {
      throw new FactsException(path, "must be a whole number");
    }
    BigDecimal v = n.decimalValue().stripTrailingZeros();
    if (v.scale() > 0) {
      throw new FactsException(path, "must be a whole number");
    }
    if (v.abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
      throw new FactsException(path, "is too large");
    }
    return v.intValueExact();
  }
}
