package dk.workbench.letters;

import dk.workbench.rules.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed Danish and English texts of the decision letter (headings, labels, the complaint
 * guidance). Placeholders {@code {0}}, {@code {1}} … are replaced by already formatted values.
 * The texts belong to the template: changing one means a new {@link Letter#TEMPLATE_VERSION}.
 */
public final class LetterTexts {
  private static final Map<String, String[]> T = new HashMap<>(128);

  private LetterTexts() {}

  /** The text for {@code key} in {@code lang} with its placeholders filled. */
  public static String text(String key, Language lang, Object... args) {
    String[] t = T.get(key);
    if (t == null) {
      throw new IllegalArgumentException("no letter text " + key);
    }
    String s = t[lang == Language.DA ? 0 : 1];
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** True when {@code key} has a text. */
  public static boolean has(String key) {
    return T.containsKey(key);
  }

  /** Every key (for the completeness test). */
  static List<String> keys() {
    return List.copyOf(T.keySet());
  }

  private static void t(String key, String da, String en) {
    if (T.put(key, new String[] {da, en}) != null) {
      throw new IllegalStateException("duplicate letter text " + key);
    }
  }

  static {
    t("lang", "da-DK", "en-GB");
    t("page", "Side {0} af {1}", "Page {0} of {1}");
    t("date", "Dato: {0}", "Date: {0}");
    t("reference", "Vores reference: {0}", "Our reference: {0}");
    t("cvr", "CVR-nr. {0}", "CVR no. {0}");
    t("phone", "Telefon {0}", "Telephone {0}");
    t("email", "E-mail {0}", "Email {0}");
    t("web", "Web {0}", "Web {0}");
    t("hours", "Telefontid: {0}", "Telephone hours: {0}");
    t("recipient.protected.co", "c/o {0}", "c/o {0}");
    t("recipient.protected.note", "Modtagerens adresse er beskyttet. {0} sender brevet videre.",
        "The recipient's address is protected. {0} forwards the letter.");
    t("subject", "Afgørelse om {0} for {1}", "Decision on {0} for {1}");
    t("benefit.folkepension", "folkepension", "state pension (folkepension)");
    t("benefit.boerne_ungeydelse", "børne- og ungeydelse", "child and youth benefit (børne- og ungeydelse)");
    t("benefit.boligstoette", "boligstøtte", "housing benefit (boligstøtte)");
    t("decision.heading", "Afgørelse", "Decision");
    t("decision.monthly", "Du får {0} om måneden i {1} fra {2}.", "You receive {0} a month in {1} from {2}.");
    t("decision.quarterly", "Du får {0} i {1} for {2}.", "You receive {0} in {1} for {2}.");
    t("decision.none", "Du får ikke {0} for {1}.", "You do not receive {0} for {1}.");
    t("decision.notEntitled", "Du har ikke ret til {0} for {1}, fordi du ikke har nået folkepensionsalderen.",
        "You are not entitled to {0} for {1} because you have not reached the state pension age.");
    t("amounts.heading", "Beløb", "Amounts");
    t("amount.annual", "Om året", "A year");
    t("amount.monthly", "Om måneden", "A month");
    t("amount.quarterly", "For kvartalet", "For the quarter");
    t("amount.quarterlyBeforeReduction", "For kvartalet før nedsættelse", "For the quarter before reduction");
    t("component.grundbeloeb", "Grundbeløb", "Basic amount");
    t("component.pensionstillaeg", "Pensionstillæg", "Pension supplement");
    t("component.boligydelse", "Boligydelse", "Housing benefit for pensioners (boligydelse)");
    t("component.boligsikring", "Boligsikring", "Housing benefit (boligsikring)");
    t("component.child", "Barn {0}", "Child {0}");
    t("period.annual", "om året", "a year");
    t("period.monthly", "om måneden", "a month");
    t("period.quarterly", "for kvartalet", "for the quarter");
    t("period.beforeReduction", "før nedsættelse", "before reduction");
    t("explanation.heading", "Sådan har vi beregnet det", "How we calculated it");
    t("explanation.intro", "Beregningen er foretaget trin for trin. Hvert trin viser reglen, lovgrundlaget, de oplysninger vi har brugt og hvor de kommer fra, og regnestykket.",
        "The calculation was made step by step. Each step shows the rule, the legal basis, the information we used and where it comes from, and the arithmetic.");
    t("explanation.legal", "Lovgrundlag: {0}", "Legal basis: {0}");
    t("explanation.inputs", "Oplysninger: {0}", "Information used: {0}");
    t("explanation.formula", "Beregning: {0}", "Calculation: {0}");
    t("explanation.fromLine", "tidligere trin", "earlier step");
    t("legal.heading", "Lovgrundlag", "Legal basis");
    t("legal.intro", "Afgørelsen er truffet efter disse regler:", "The decision is made under these rules:");
    t("complaint.heading", "Klagevejledning", "How to complain");
    t("complaint.how", "Hvis du er uenig i afgørelsen, kan du klage. Du kan klage skriftligt, digitalt på borger.dk eller ved at ringe til {0}.",
        "If you disagree with the decision, you can complain. You can complain in writing, online at borger.dk or by calling {0}.");
    t("complaint.deadline", "Din klage skal være modtaget af {0} senest 4 uger efter, at du har modtaget dette brev. Modtager du brevet den {1}, skal klagen være modtaget senest den {2}.",
        "{0} must receive your complaint no later than 4 weeks after you received this letter. If you receive the letter on {1}, the complaint must be received no later than {2}.");
    t("complaint.review", "{0} vurderer afgørelsen igen. Fastholder vi afgørelsen, sender vi din klage videre til Ankestyrelsen, og du får besked.",
        "{0} reviews the decision again. If we uphold it, we send your complaint on to the National Social Appeals Board (Ankestyrelsen) and let you know.");
    t("complaint.law", "Reglerne om klage står i lov om retssikkerhed og administration på det sociale område §§ 66 og 67.",
        "The rules on complaints are in the Act on Legal Protection and Administration in Social Matters, sections 66 and 67.");
    t("contact.heading", "Kontakt", "Contact");
    t("contact.intro", "Har du spørgsmål, er du velkommen til at kontakte os. Oplys venligst vores reference.",
        "If you have questions, please contact us and quote our reference.");
    t("title", "{0} – {1}", "{0} – {1}");
  }
}
