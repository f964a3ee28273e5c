package dk.workbench.sandbox.interactions;

import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.interactions.Interaction;
import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.contracts.interactions.StaffReference;
import dk.workbench.sandbox.population.Population;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A few deterministic earlier interactions per person (none for children under 15): calls and
 * visits over the last two and a half years about what their life makes likely — folkepension
 * and boligstøtte for pensioners, child benefit for parents, Digital Post for the exempt.
 */
final class EarlierInteractions {
  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
  private static final InteractionChannel[] CHANNELS = {
      InteractionChannel.PHONE, InteractionChannel.PHONE, InteractionChannel.PHONE, InteractionChannel.PHONE,
      InteractionChannel.PHONE, InteractionChannel.PHONE, InteractionChannel.VISIT, InteractionChannel.VISIT,
      InteractionChannel.DIGITAL_MESSAGE, InteractionChannel.VIDEO};

  private EarlierInteractions() {}

  /** The person's earlier interactions, newest first, all before {@code today}. */
  static List<Interaction> forPerson(Population population, Person person, LocalDate today) {
    int age = Period.between(person.persondata().foedselsdato(), today).getYears();
    if (age < 15) {
      return List.of();
    }
    SplittableRandom rng = new SplittableRandom((population.seed() * 31 + person.personnummer().hashCode()) ^ 0x1A7E);
    List<InteractionReason> likely = likelyReasons(population, person, age, today);
    int count = rng.nextInt(5);
    List<Interaction> result = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      ZonedDateTime when = today.minusDays(3 + rng.nextInt(900)).atTime(8 + rng.nextInt(8), rng.nextInt(60))
          .atZone(DANISH_TIME);
      InteractionChannel channel = CHANNELS[rng.nextInt(CHANNELS.length)];
      List<InteractionReason> reasons = new ArrayList<>();
      reasons.add(likely.get(rng.nextInt(likely.size())));
      if (rng.nextInt(4) == 0 && !reasons.contains(InteractionReason.PAYMENT)) {
        reasons.add(InteractionReason.PAYMENT);
      }
      int o = rng.nextInt(20);
      InteractionOutcome outcome = o < 14 ? InteractionOutcome.RESOLVED : o < 17 ? InteractionOutcome.FOLLOW_UP_REQUIRED
          : o < 19 ? InteractionOutcome.REFERRED : InteractionOutcome.UNRESOLVED;
      LocalDate followUp = outcome == InteractionOutcome.FOLLOW_UP_REQUIRED ? when.toLocalDate().plusDays(14) : null;
      boolean municipal = channel == InteractionChannel.VISIT;
      StaffReference staff = new StaffReference(
          (municipal ? "borgerservice-" : "ud-agent-") + (10 + rng.nextInt(40)),
          municipal ? StaffRole.CASEWORKER : StaffRole.CALL_AGENT,
          municipal ? "Borgerservice" : "Udbetaling Danmark");
      UUID id = new UUID((rng.nextLong() & ~0xF000L) | 0x4000L, (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | Long.MIN_VALUE);
      result.add(new Interaction(id.toString(), when.toInstant(), when.plusMinutes(4 + rng.nextInt(20)).toInstant(),
          channel, reasons, note(reasons.get(0), outcome), outcome, followUp, staff));
    }
    result.sort(Comparator.comparing(Interaction::occurredAt).reversed());
    return result;
  }

  private static List<InteractionReason> likelyReasons(Population population, Person person, int age, LocalDate today) {
    List<InteractionReason> reasons = new ArrayList<>(List.of(InteractionReason.TAX, InteractionReason.ADDRESS_CHANGE,
        InteractionReason.DECISION_EXPLANATION, InteractionReason.OTHER));
    if (age >= Population.PENSION_AGE) {
      reasons.addAll(List.of(InteractionReason.PENSION, InteractionReason.PENSION, InteractionReason.PENSION,
          InteractionReason.HOUSING_BENEFIT, InteractionReason.POWER_OF_ATTORNEY));
    }
    if (!person.persondata().tilmeldtDigitalpost()) {
      reasons.addAll(List.of(InteractionReason.DIGITAL_POST, InteractionReason.DIGITAL_POST));
    }
    boolean parentOfMinor = person.relationer().barn().stream()
        .map(b -> population.find(b.personnummer()))
        .flatMap(Optional::stream)
        .anyMatch(c -> Period.between(c.persondata().foedselsdato(), today).getYears() < 18);
    if (parentOfMinor) {
      reasons.addAll(List.of(InteractionReason.CHILD_BENEFIT, InteractionReason.CHILD_BENEFIT));
    }
    return reasons;
  }

  /** Notes as staff write them, without names or numbers. */
  private static String note(InteractionReason reason, InteractionOutcome outcome) {
    String about = switch (reason) {
      case PENSION -> "Borger spurgte til beregning af folkepension og pensionstillæg.";
      case CHILD_BENEFIT -> "Borger spurgte til udbetaling af børne- og ungeydelse for kvartalet.";
      case HOUSING_BENEFIT -> "Borger spurgte til boligstøtte efter ændret husleje.";
      case PAYMENT -> "Borger spurgte, hvornår næste udbetaling sker.";
      case DECISION_EXPLANATION -> "Gennemgik afgørelsen med borger og forklarede beregningen.";
      case DIGITAL_POST -> "Borger modtager post på papir; talte om fritagelse for Digital Post.";
      case ADDRESS_CHANGE -> "Borger er flyttet og spurgte til adresseændring.";
      case POWER_OF_ATTORNEY -> "Pårørende spurgte, hvordan man giver fuldmagt.";
      case TAX -> "Borger spurgte til forskudsopgørelsen.";
      case COMPLAINT -> "Borger ønskede at klage over sagsbehandlingstiden.";
      case DOCUMENTS -> "Borger afleverede dokumentation.";
      case OTHER -> "Generel henvendelse.";
    };
    String end = switch (outcome) {
      case RESOLVED -> " Besvaret.";
      case FOLLOW_UP_REQUIRED -> " Vender tilbage, når sagen er undersøgt.";
      case REFERRED -> " Henvist til kommunen.";
      case UNRESOLVED -> " Manglende oplysninger; borger kontakter os igen.";
    };
    return about + end;
  }
}
