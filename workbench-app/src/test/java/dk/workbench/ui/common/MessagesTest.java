package dk.workbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private final Messages danish = new Messages(Locale.forLanguageTag("da"));
  private final Messages english = new Messages(Locale.ENGLISH);

  @Test
  void danishAmountsHaveØreAndThousandDots() {
    assertEquals("1.234,50 kr.", danish.money(new BigDecimal("1234.5")));
    assertEquals("-12.345.678,00 kr.", danish.money(new BigDecimal("-12345678")));
    assertEquals("0,01 kr.", danish.money(new BigDecimal("0.005")), "rounded half up to whole øre");
    assertEquals("12.000 kr.", danish.wholeKroner(new BigDecimal("11999.6")));
    assertEquals("", danish.money(null));
  }

  @Test
  void englishAmountsAreWrittenTheEnglishWay() {
    assertEquals("DKK 1,234.50", english.money(new BigDecimal("1234.5")));
    assertEquals("DKK 12,000", english.wholeKroner(new BigDecimal("12000")));
  }

  @Test
  void numbersInTextsFollowTheLanguage() {
    assertEquals("50 af 10.000 breve vist · 1.234 ulæste", danish.get("post.status", 50, 10_000, 1_234));
    assertEquals("50 of 10,000 letters shown · 1,234 unread", english.get("post.status", 50, 10_000, 1_234));
  }

  @Test
  void oneLetterIsSingular() {
    assertEquals("1 brev", danish.get("letters.count", 1));
    assertEquals("1.200 breve", danish.get("letters.count", 1_200));
    assertEquals("1 letter", english.get("letters.count", 1));
  }

  @Test
  void datesFollowTheLanguage() {
    LocalDate birth = LocalDate.of(1944, 5, 3);
    assertEquals("3.5.1944", danish.date(birth));
    assertEquals("3 May 1944", english.date(birth));
    assertEquals("", danish.date(null));
  }

  @Test
  void anUnknownLanguageGetsTheDanishTextsAndFormats() {
    Messages german = new Messages(Locale.GERMAN);
    assertEquals(Locale.forLanguageTag("da-DK"), german.locale());
    assertEquals("1.234,50 kr.", german.money(new BigDecimal("1234.50")));
    assertEquals(danish.get("lookup.retry"), german.get("lookup.retry"));
  }
}
