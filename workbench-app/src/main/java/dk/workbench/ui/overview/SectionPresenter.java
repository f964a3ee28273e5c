package dk.workbench.ui.overview;

import dk.workbench.domain.PersonSummary;
import dk.workbench.service.overview.Section;
import dk.workbench.ui.common.Messages;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Turns a section's data into the lines its card shows, in the UI language. */
public class SectionPresenter {
  static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final Messages messages;

  public SectionPresenter(Messages messages) {
    this.messages = messages;
  }

  public List<SectionRow> rows(Section section, Object data) {
    if (data instanceof PersonSummary person) {
      return person(person);
    }
    throw new IllegalArgumentException("No presentation for " + section + " data " + data.getClass().getName());
  }

  List<SectionRow> person(PersonSummary p) {
    List<SectionRow> rows = new ArrayList<>();
    String address = p.addressProtected()
        ? messages.get("person.address.protected")
        : p.address().orElse(messages.get("person.address.none"));
    rows.add(p.addressProtected() ? SectionRow.attention(messages.get("person.address"), address)
        : SectionRow.of(messages.get("person.address"), address));
    rows.add(SectionRow.of(messages.get("person.civilstatus"),
        messages.get("civilstand." + (p.civilStatusCode().isEmpty() ? "unknown" : p.civilStatusCode()))));
    rows.add(SectionRow.of(messages.get("person.age"),
        messages.get("person.age.value", p.age(), DANISH_DATE.format(p.birthDate()))));
    rows.add(p.digitalPostRegistered()
        ? SectionRow.of(messages.get("person.digitalpost"), messages.get("person.digitalpost.registered"))
        : SectionRow.attention(messages.get("person.digitalpost"), messages.get("person.digitalpost.exempt")));
    p.deathDate().ifPresent(d -> rows.add(SectionRow.attention(messages.get("person.note.deceased", DANISH_DATE.format(d)), "")));
    p.emigrationDate().ifPresent(d -> rows.add(SectionRow.attention(messages.get("person.note.emigrated", DANISH_DATE.format(d)), "")));
    if (p.underGuardianship()) {
      rows.add(SectionRow.attention(messages.get("person.note.guardianship"), ""));
    }
    if (p.testData()) {
      rows.add(SectionRow.of(messages.get("person.note.testdata"), ""));
    }
    return rows;
  }
}
