package dk.workbench.sandbox.population;

import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.contracts.cpr.Relationer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person while the population is being built: mutable, and linked to other drafts by
 * reference, so that relations are always set on both sides. Frozen into a {@link Person}
 * record at the end.
 */
final class PersonDraft {
  /** A holder of custody over this (under-18) person. */
  record Custody(PersonDraft holder, String type, LocalDate start) {}

  private static final Comparator<PersonDraft> BY_BIRTH =
      Comparator.comparing((PersonDraft c) -> c.birthDate).thenComparing(c -> c.cpr.value());

  final CprNumber cpr;
  final boolean male;
  final LocalDate birthDate;

  String fornavn;
  String mellemnavn;
  String efternavn;

  String status = Persondata.Status.AKTIV;
  LocalDate statusdato;
  String civilstand = "U";
  LocalDate civilstandsdato;

  PersonDraft spouse;
  PersonDraft mor;
  PersonDraft far;
  final List<PersonDraft> children = new ArrayList<>();
  final List<Custody> custody = new ArrayList<>();

  DanishAddresses.Address address;
  LocalDate movedIn;
  LocalDate udrejsedato;
  String udrejselandekode;

  Persondata.Umyndiggoerelse umyndiggoerelse;
  Persondata.Adressebeskyttelse adressebeskyttelse;
  boolean tilmeldtDigitalpost;
  boolean tilmeldtNemsms;

  PersonDraft(CprNumber cpr, boolean male) {
    this.cpr = cpr;
    this.male = male;
    this.birthDate = cpr.birthDate();
    this.statusdato = birthDate;
    this.civilstandsdato = birthDate;
  }

  int ageOn(LocalDate date) {
    return ageOn(birthDate, date);
  }

  /** Whole years from birth to the date (what {@code Period.between(...).getYears()} gives, without the garbage). */
  static int ageOn(LocalDate birth, LocalDate date) {
    int years = date.getYear() - birth.getYear();
    if (date.getMonthValue() < birth.getMonthValue()
        || (date.getMonthValue() == birth.getMonthValue() && date.getDayOfMonth() < birth.getDayOfMonth())) {
      years--;
    }
    return years;
  }

  String fullName() {
    return new Persondata.Navn(fornavn, mellemnavn, efternavn, null).fuldtNavn();
  }

  /** Moves this person (and nobody else) into a dwelling. */
  void moveTo(DanishAddresses.Address dwelling, LocalDate date) {
    this.address = dwelling;
    this.movedIn = date.isBefore(birthDate) ? birthDate : date;
  }

  Person toPerson() {
    String adresseringsnavn = efternavn + "," + fornavn + (mellemnavn == null ? "" : " " + mellemnavn);
    Persondata data = new Persondata(
        new Persondata.Navn(fornavn, mellemnavn, efternavn, adresseringsnavn),
        male ? "M" : "K",
        birthDate,
        new Persondata.Status(status, statusdato),
        new Persondata.Civilstand(civilstand, civilstandsdato),
        umyndiggoerelse,
        adressebeskyttelse,
        tilmeldtDigitalpost,
        tilmeldtNemsms);
    Adresse adresse = null;
    if (address != null || udrejsedato != null) {
      adresse = new Adresse(
          address == null ? null : address.toAktuelAdresse(movedIn),
          udrejsedato == null ? null : new Adresse.Udrejseoplysninger(udrejsedato, udrejselandekode));
    }
    List<PersonDraft> sortedChildren = new ArrayList<>(children);
    sortedChildren.sort(BY_BIRTH);
    List<Relationer.PersonRelation> barn = new ArrayList<>(sortedChildren.size());
    for (PersonDraft c : sortedChildren) {
      barn.add(new Relationer.PersonRelation(c.cpr.value(), c.birthDate));
    }
    List<Relationer.Foraeldremyndighed> holders = new ArrayList<>(custody.size());
    for (Custody c : custody) {
      holders.add(new Relationer.Foraeldremyndighed(c.holder().cpr.value(), c.type(), c.start()));
    }
    Relationer relationer = new Relationer(
        spouse == null ? null : new Relationer.PersonRelation(spouse.cpr.value(), civilstandsdato),
        barn,
        mor == null ? null : new Relationer.PersonRelation(mor.cpr.value(), birthDate),
        far == null ? null : new Relationer.PersonRelation(far.cpr.value(), birthDate),
        holders);
    return new Person(cpr.value(), true, data, adresse, relationer);
  }
}
