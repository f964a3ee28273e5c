package dk.workbench.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * Danish and English templates for line texts, rule titles, terms and summary sentences. Placeholders: {@code {n}}
 * (number, date, term ...), {@code {n:kr}} (an amount in kroner, with øre when not whole).
 */
final class Texts {
  private static final Map<String, String[]> T = new HashMap<>(512);

  private Texts() {}

  static Message.Term titleTerm(String rule) {
    return new Message.Term("title." + rule);
  }

  /** The template for {@code key} in {@code lang}; the key itself when unknown (a test checks that none is). */
  static String template(String key, Language lang) {
    String[] t = T.get(key);
    return t == null ? key : t[lang == Language.DA ? 0 : 1];
  }

  static boolean has(String key) {
    return T.containsKey(key);
  }

  private static void t(String key, String da, String en) {
    if (T.put(key, new String[] {da, en}) != null) {
      throw new IllegalStateException("duplicate text key " + key);
    }
  }

  static {
    // ------------------------------------------------------------------ common
    t("missing.param", "{0}: kan ikke beregnes, fordi denne sats for {2} mangler i parametertabellen og ikke gættes: {1}.",
        "{0}: cannot be computed because this rate for {2} is missing from the parameter table and is not guessed: {1}.");
    t("missing.upstream", "{0}: kan ikke beregnes, fordi et tidligere trin mangler en sats.",
        "{0}: cannot be computed because an earlier step lacks a rate.");
    t("years", "{0} år", "{0} years");
    t("yes", "ja", "yes");
    t("no", "nej", "no");
    t("unconfirmed", "ubekræftet sats", "unconfirmed rate");
    t("benefit.folkepension", "Folkepension", "State pension (folkepension)");
    t("benefit.boerne_ungeydelse", "Børne- og ungeydelse", "Child and youth benefit (børne- og ungeydelse)");
    t("benefit.boligstoette", "Boligstøtte", "Housing benefit (boligstøtte)");

    // ------------------------------------------------------------------ folkepension lines
    t("fp.age", "Du er født {0} og når folkepensionsalderen på {1} år den {2}; folkepension kan udbetales fra {3}.",
        "You were born on {0} and reach the state pension age of {1} years on {2}; the pension can be paid from {3}.");
    t("fp.entitled", "Perioden {0} ligger efter udbetalingsstart {1}, så der er ret til folkepension i perioden.",
        "The period {0} is after the start date {1}, so there is a right to state pension in the period.");
    t("fp.notEntitled", "Perioden {0} ligger før udbetalingsstart {1}, så der er ikke ret til folkepension i perioden.",
        "The period {0} is before the start date {1}, so there is no right to state pension in the period.");
    t("fp.civil.single", "Du er reelt enlig: satsen for enlige, fradragsbeløbet for enlige og nedsættelse med 30,9 % gælder.",
        "You are single: the single rate, the single income disregard and the 30.9% reduction apply.");
    t("fp.civil.couplePartnerPensioner", "Du er gift/samlevende med en, der også får social pension: satsen for gifte, parrets fælles fradragsbeløb og nedsættelse med 16 % af parrets samlede indtægt gælder.",
        "You are married/cohabiting with someone who also receives social pension: the couple rate, the couple's joint disregard and a 16% reduction of the combined income apply.");
    t("fp.civil.couplePartnerNotPensioner", "Du er gift/samlevende med en, der ikke får social pension: satsen for gifte, parrets fradragsbeløb, 54 % bortseelse af ægtefællens indtægt og nedsættelse med 32 % gælder.",
        "You are married/cohabiting with someone who does not receive social pension: the couple rate, the couple's disregard, 54% of the partner's income disregarded and a 32% reduction apply.");
    t("fp.gb", "Grundbeløbet er {0:kr} om året.", "The basic amount is {0:kr} a year.");
    t("fp.gb.noTest", "Fra 2023 nedsættes grundbeløbet ikke på grund af indtægt.", "From 2023 the basic amount is not reduced because of income.");
    t("fp.gb.work", "Din egen arbejdsindkomst (grundbeløbets indtægtsprøvning før 2023) er {0:kr} om året.",
        "Your own work income (the basic amount's income test before 2023) is {0:kr} a year.");
    t("fp.gb.noWork", "Du har ingen arbejdsindkomst, så grundbeløbet nedsættes ikke.", "You have no work income, so the basic amount is not reduced.");
    t("fp.gb.reduction", "Grundbeløbet nedsættes med {0} af arbejdsindkomsten over {1:kr}: {2:kr}.",
        "The basic amount is reduced by {0} of the work income above {1:kr}: {2:kr}.");
    t("fp.gb.after", "Grundbeløbet efter indtægtsprøvning er {0:kr} om året.", "The basic amount after the income test is {0:kr} a year.");
    t("fp.round.krone", "{0:kr} afrundes til nærmeste hele krone: {1:kr}.", "{0:kr} is rounded to the nearest whole krone: {1:kr}.");
    t("fp.income.own.withoutWork", "Din indtægt ud over folkepensionen: ATP, pensioner og anden indkomst {0:kr}, nettokapitalindkomst {1:kr} (kun et positivt beløb tæller), aktieindkomst {2:kr} (udbytte op til 5.000 kr. tæller ikke). Arbejdsindkomst ({3:kr}) medregnes ikke fra 2023. Medregnet: {4:kr}.",
        "Your income besides the state pension: ATP, pensions and other income {0:kr}, net capital income {1:kr} (only a positive amount counts), share income {2:kr} (dividends up to DKK 5,000 do not count). Work income ({3:kr}) does not count from 2023. Counted: {4:kr}.");
    t("fp.income.own.withWork", "Din indtægt ud over folkepensionen: ATP, pensioner og anden indkomst {0:kr}, nettokapitalindkomst {1:kr} (kun et positivt beløb tæller), aktieindkomst {2:kr} (udbytte op til 5.000 kr. tæller ikke) og arbejdsindkomst {3:kr} (tæller før 2023). Medregnet: {4:kr}.",
        "Your income besides the state pension: ATP, pensions and other income {0:kr}, net capital income {1:kr} (only a positive amount counts), share income {2:kr} (dividends up to DKK 5,000 do not count) and work income {3:kr} (counts before 2023). Counted: {4:kr}.");
    t("fp.income.partner.withoutWork", "Ægtefællens/samleverens indtægt: ATP, pensioner og anden indkomst {0:kr}, nettokapitalindkomst {1:kr} (kun positiv), aktieindkomst {2:kr}. Arbejdsindkomst ({3:kr}) medregnes ikke fra 2023. Medregnet: {4:kr}.",
        "Your spouse's/cohabitant's income: ATP, pensions and other income {0:kr}, net capital income {1:kr} (positive only), share income {2:kr}. Work income ({3:kr}) does not count from 2023. Counted: {4:kr}.");
    t("fp.income.partner.withWork", "Ægtefællens/samleverens indtægt: ATP, pensioner og anden indkomst {0:kr}, nettokapitalindkomst {1:kr} (kun positiv), aktieindkomst {2:kr} og arbejdsindkomst {3:kr} (tæller før 2023). Medregnet: {4:kr}.",
        "Your spouse's/cohabitant's income: ATP, pensions and other income {0:kr}, net capital income {1:kr} (positive only), share income {2:kr} and work income {3:kr} (counts before 2023). Counted: {4:kr}.");
    t("fp.income.partner46", "Ægtefællen/samleveren får ikke social pension, så der ses bort fra {1} af indtægten {0:kr}; der medregnes {2:kr}.",
        "Your spouse/cohabitant does not receive social pension, so {1} of the income {0:kr} is disregarded; {2:kr} counts.");
    t("fp.basis.single", "Indtægtsgrundlaget for pensionstillægget er {0:kr} om året.", "The income basis for the pension supplement is {0:kr} a year.");
    t("fp.basis.couple", "Parrets samlede indtægtsgrundlag for pensionstillægget er {0:kr} om året.",
        "The couple's combined income basis for the pension supplement is {0:kr} a year.");
    t("fp.pt.max.single", "Det fulde pensionstillæg for enlige er {0:kr} om året.", "The full pension supplement for a single person is {0:kr} a year.");
    t("fp.pt.max.couple", "Det fulde pensionstillæg for gifte/samlevende er {0:kr} om året for hver.", "The full pension supplement for married/cohabiting people is {0:kr} a year each.");
    t("fp.excess.none", "Der er ingen indtægt over fradragsbeløbet.", "There is no income above the disregard.");
    t("fp.pt.excess.single", "Indtægt over fradragsbeløbet for enlige på {0:kr}: {1:kr}.", "Income above the single disregard of {0:kr}: {1:kr}.");
    t("fp.pt.excess.couple", "Parrets indtægt over fradragsbeløbet for par på {0:kr}: {1:kr}.", "The couple's income above the couple disregard of {0:kr}: {1:kr}.");
    t("fp.pt.reduction", "Pensionstillægget nedsættes med {0} af {1:kr}: {2:kr}.", "The pension supplement is reduced by {0} of {1:kr}: {2:kr}.");
    t("fp.pt.reduction.combined", "Hver pensionists tillæg nedsættes med {0} af parrets samlede overskydende indtægt {1:kr}: {2:kr}.",
        "Each pensioner's supplement is reduced by {0} of the couple's combined excess income {1:kr}: {2:kr}.");
    t("fp.pt.after", "Pensionstillægget efter indtægtsregulering er {0:kr} om året.", "The pension supplement after the income test is {0:kr} a year.");
    t("fp.residence.none", "Bopæl i Danmark under 1 år ({0} år) mellem 15 år og folkepensionsalderen giver ikke ret til folkepension.",
        "Residence in Denmark of less than 1 year ({0} years) between age 15 and pension age gives no right to state pension.");
    t("fp.residence40.full", "Du har {0} års bopæl i Danmark og nåede folkepensionsalderen ({1}) før 1. juli 2025: 40 år giver fuld pension, så brøken er {2}.",
        "You have {0} years of residence in Denmark and reached pension age ({1}) before 1 July 2025: 40 years give a full pension, so the fraction is {2}.");
    t("fp.residence40.partial", "Du har {0} års bopæl i Danmark og nåede folkepensionsalderen ({1}) før 1. juli 2025: pensionen udgør {0}/40 = {2} af fuld pension.",
        "You have {0} years of residence in Denmark and reached pension age ({1}) before 1 July 2025: the pension is {0}/40 = {2} of a full pension.");
    t("fp.residence.period", "Optjeningsperioden går fra 15-årsdagen {0} til folkepensionsalderen {1}: {2} år; fuld pension kræver bopæl i 9/10 af perioden = {3} år.",
        "The accrual period runs from the 15th birthday {0} to pension age {1}: {2} years; a full pension requires residence for 9/10 of it = {3} years.");
    t("fp.residence.pctExact", "Bopæl {0} år af de krævede {1} år svarer til {2}.", "Residence of {0} years out of the required {1} years is {2}.");
    t("fp.residence.pctRounded", "Procenten afrundes til nærmeste hele procent (højst 100): {0} af fuld pension.",
        "The percentage is rounded to the nearest whole percent (at most 100): {0} of a full pension.");
    t("fp.gb.fraction", "Brøken anvendes efter indtægtsreguleringen: grundbeløb {0:kr} × {1} = {2:kr}.",
        "The fraction applies after the income test: basic amount {0:kr} × {1} = {2:kr}.");
    t("fp.pt.fraction", "Brøken anvendes efter indtægtsreguleringen: pensionstillæg {0:kr} × {1} = {2:kr}.",
        "The fraction applies after the income test: pension supplement {0:kr} × {1} = {2:kr}.");
    t("fp.gb.month", "Grundbeløb pr. måned: {0:kr} / 12, afrundet til nærmeste hele krone = {1:kr}.",
        "Basic amount per month: {0:kr} / 12, rounded to the nearest whole krone = {1:kr}.");
    t("fp.pt.month", "Pensionstillæg pr. måned: {0:kr} / 12, afrundet til nærmeste hele krone = {1:kr}.",
        "Pension supplement per month: {0:kr} / 12, rounded to the nearest whole krone = {1:kr}.");
    t("fp.total", "Folkepension i alt: {0:kr} om måneden ({1:kr} om året) før skat.", "State pension in total: {0:kr} a month ({1:kr} a year) before tax.");
    t("fp.ptp.noIncome", "Der er ingen indtægt, så den personlige tillægsprocent nedsættes ikke.", "There is no income, so the personal supplement percentage is not reduced.");
    t("fp.ptp.steps.couple", "Parrets indtægt over grænsen {0:kr} er {1:kr}; det svarer til {3} trin à {2:kr}.",
        "The couple's income above the limit {0:kr} is {1:kr}; that is {3} steps of {2:kr}.");
    t("fp.ptp.steps.single", "Din indtægt over grænsen {0:kr} er {1:kr}; det svarer til {3} trin à {2:kr}.",
        "Your income above the limit {0:kr} is {1:kr}; that is {3} steps of {2:kr}.");
    t("fp.ptp.round", "Hvert påbegyndt trin nedsætter procenten med 1 (rundes op): {0} procentpoint.",
        "Each started step reduces the percentage by 1 (rounded up): {0} percentage points.");
    t("fp.ptp", "Den personlige tillægsprocent er {0} (den nedsættes ikke af brøkpension).",
        "The personal supplement percentage is {0} (it is not reduced by a partial pension).");

    // ------------------------------------------------------------------ børne- og ungeydelse lines
    t("bu.custody.sole", "Du har forældremyndigheden alene og får hele ydelsen.", "You have sole custody and receive the whole benefit.");
    t("bu.custody.shared", "I har fælles forældremyndighed: fra 2022 får hver forælder halvdelen, og halvdelen rundes op til hele kroner.",
        "You have joint custody: from 2022 each parent receives half, and the half is rounded up to whole kroner.");
    t("bu.custody.sharedBefore2022", "I har fælles forældremyndighed, men ligedelingen gælder først fra 1. januar 2022; før da udbetales hele ydelsen til én forælder.",
        "You have joint custody, but the equal split only applies from 1 January 2022; before that the whole benefit is paid to one parent.");
    t("bu.child.age.0_2", "Barn {0} (født {1}) er {2} år ved kvartalets start: satsen for 0-2 år.", "Child {0} (born {1}) is {2} at the start of the quarter: the 0-2 rate.");
    t("bu.child.age.3_6", "Barn {0} (født {1}) er {2} år ved kvartalets start: satsen for 3-6 år.", "Child {0} (born {1}) is {2} at the start of the quarter: the 3-6 rate.");
    t("bu.child.age.7_14", "Barn {0} (født {1}) er {2} år ved kvartalets start: satsen for 7-14 år.", "Child {0} (born {1}) is {2} at the start of the quarter: the 7-14 rate.");
    t("bu.child.age.turns15", "Barn {0} (født {1}) fylder 15 år i kvartalet: børneydelse til og med fødselsdagsmåneden, derefter ungeydelse.",
        "Child {0} (born {1}) turns 15 in the quarter: child benefit up to and including the birthday month, then youth benefit.");
    t("bu.child.age.15_17", "Barn {0} (født {1}) er {2} år: ungeydelse pr. måned indtil 18-årsdagen.", "Child {0} (born {1}) is {2}: youth benefit per month until the 18th birthday.");
    t("bu.child.age.notYet", "Barn {0} (født {1}) er født i kvartalet: retten udbetales første gang for kvartalet efter fødslen.",
        "Child {0} (born {1}) was born in the quarter: the benefit is paid from the quarter after the birth.");
    t("bu.child.age.over18", "Barn {0} (født {1}) er fyldt 18 år før kvartalet: ingen ydelse.", "Child {0} (born {1}) turned 18 before the quarter: no benefit.");
    t("bu.child.none", "Barn {0}: ingen ydelse i kvartalet.", "Child {0}: no benefit in the quarter.");
    t("bu.child.by", "Børneydelse for kvartalet: {0:kr}.", "Child benefit for the quarter: {0:kr}.");
    t("bu.child.by.turns15", "Børneydelse for {1} af kvartalets 3 måneder (15-årsdagen {2}): {0:kr} × {1} / 3.",
        "Child benefit for {1} of the quarter's 3 months (15th birthday {2}): {0:kr} × {1} / 3.");
    t("bu.round.krone", "{0:kr} afrundes til hele kroner: {1:kr}.", "{0:kr} is rounded to whole kroner: {1:kr}.");
    t("bu.child.uy", "Ungeydelse {0:kr} pr. måned i {1} hele måneder: {2:kr}.", "Youth benefit {0:kr} a month for {1} full months: {2:kr}.");
    t("bu.child.uy.turns18", "I måneden for 18-årsdagen ({0}) gives ungeydelse forholdsmæssigt efter dage til og med fødselsdagen: {1:kr}, afrundet {2:kr}.",
        "In the month of the 18th birthday ({0}) youth benefit is paid pro rata by days up to and including the birthday: {1:kr}, rounded {2:kr}.");
    t("bu.child.half", "Ved ligedeling får du halvdelen af {0:kr}, rundet op til hele kroner pr. udbetaling: {1:kr}.",
        "With the equal split you receive half of {0:kr}, rounded up to whole kroner per payment: {1:kr}.");
    t("bu.child.supplement", "Engangsforhøjelse i januar-kvartalet 2023: {0:kr}.", "One-off increase in the January quarter 2023: {0:kr}.");
    t("bu.child.supplement.monthly", "Engangsforhøjelse i januar-kvartalet 2023, udbetalt med ungeydelsen i {1} måneder: {0:kr}.",
        "One-off increase in the January quarter 2023, paid with the youth benefit over {1} months: {0:kr}.");
    t("bu.child.gross", "Barn {0}: {1:kr} for kvartalet før nedsættelse.", "Child {0}: {1:kr} for the quarter before reduction.");
    t("bu.gross", "Ydelse i alt for kvartalet før nedsættelse: {0:kr}.", "Total benefit for the quarter before reduction: {0:kr}.");
    t("bu.basis.topskat", "Nedsættelsen beregnes af din egen indkomst (topskattegrundlaget), {0:kr}; ægtefællens indkomst tæller ikke fra 2022.",
        "The reduction is based on your own income (the top-tax basis), {0:kr}; a spouse's income does not count from 2022.");
    t("bu.basis.topskat.before2022", "Nedsættelsen beregnes af topskattegrundlaget, {0:kr}; før 2022 tæller også en ægtefælles indkomst over grænsen.",
        "The reduction is based on the top-tax basis, {0:kr}; before 2022 a spouse's income above the limit also counts.");
    t("bu.basis.mellemskat", "Nedsættelsen beregnes af din egen indkomst (grundlaget for mellemskat med fradrag for pensionsindbetalinger / 0,6), {0:kr}. Datoen for dette skift (2026) er ikke bekræftet.",
        "The reduction is based on your own income (the middle-tax basis less pension deposits / 0.6), {0:kr}. The date of this change (2026) is not confirmed.");
    t("bu.excess.none", "Der er ingen indkomst, så ydelsen nedsættes ikke.", "There is no income, so the benefit is not reduced.");
    t("bu.excess", "Indkomst over bundfradraget på {0:kr}: {1:kr}.", "Income above the threshold of {0:kr}: {1:kr}.");
    t("bu.excess.spouse", "Din og ægtefællens indkomst over bundfradraget på {0:kr} hver: {1:kr}.", "Your and your spouse's income above the threshold of {0:kr} each: {1:kr}.");
    t("bu.reduction.annual", "Den årlige nedsættelse er {0} af {1:kr}: {2:kr}.", "The annual reduction is {0} of {1:kr}: {2:kr}.");
    t("bu.reduction.quarter", "Nedsættelsen pr. kvartal er {0:kr} / 4 = {1:kr}.", "The reduction per quarter is {0:kr} / 4 = {1:kr}.");
    t("bu.reduction.cap", "Nedsættelsen kan højst være ydelsen; i kvartalet trækkes {0:kr}.", "The reduction cannot exceed the benefit; {0:kr} is deducted in the quarter.");
    t("bu.child.net", "Barn {0} efter nedsættelse: {1:kr}.", "Child {0} after reduction: {1:kr}.");
    t("bu.total", "Børne- og ungeydelse i alt for {0}: {1:kr}.", "Child and youth benefit in total for {0}: {1:kr}.");

    // ------------------------------------------------------------------ boligstøtte lines
    t("bs.scheme.by", "Du er folkepensionist, så boligstøtten beregnes som boligydelse.", "You are a state pensioner, so housing benefit is computed as boligydelse.");
    t("bs.scheme.bs", "Du er ikke folkepensionist, så boligstøtten beregnes som boligsikring.", "You are not a state pensioner, so housing benefit is computed as boligsikring.");
    t("bs.wealth.none", "Husstanden har ingen nettoformue, så der lægges intet formuetillæg til indkomsten.", "The household has no net wealth, so no wealth addition is added to the income.");
    t("bs.wealth", "Formuetillæg: {0} af formuen over {1:kr} og {2} af formuen over {3:kr} = {4:kr}.",
        "Wealth addition: {0} of the wealth above {1:kr} and {2} of the wealth above {3:kr} = {4:kr}.");
    t("bs.income", "Husstandsindkomsten er {0:kr} + formuetillæg {1:kr} = {2:kr}.", "The household income is {0:kr} + wealth addition {1:kr} = {2:kr}.");
    t("bs.limit", "Indkomstgrænsen er {0:kr}.", "The income limit is {0:kr}.");
    t("bs.limit.children", "Indkomstgrænsen er {0:kr} (forhøjet for {1} børn ud over det første, højst 3).",
        "The income limit is {0:kr} (raised for {1} children beyond the first, at most 3).");
    t("bs.by.base", "{0} af boligudgiften {1:kr} plus tillægget {2:kr}: {3:kr}.", "{0} of the housing cost {1:kr} plus the addition {2:kr}: {3:kr}.");
    t("bs.bs.base", "{0} af boligudgiften {1:kr}: {2:kr}.", "{0} of the housing cost {1:kr}: {2:kr}.");
    t("bs.deduction", "Fradrag: {0} af indkomsten over grænsen {1:kr} = {2:kr}.", "Deduction: {0} of the income above the limit {1:kr} = {2:kr}.");
    t("bs.computed", "Beregnet støtte før egenbetaling og maksimum: {0:kr}.", "Computed benefit before own payment and maximum: {0:kr}.");
    t("bs.own.by", "Du skal selv betale mindst 11 % af husstandsindkomsten og mindst minimumsbeløbet, her {0:kr}; støtten kan derfor højst være {1:kr}.",
        "You must pay at least 11% of the household income and at least the minimum amount yourself, here {0:kr}; the benefit is therefore at most {1:kr}.");
    t("bs.own.bs", "Du skal selv betale mindst {0:kr}; støtten kan derfor højst være {1:kr}.", "You must pay at least {0:kr} yourself; the benefit is therefore at most {1:kr}.");
    t("bs.cap15", "Uden børn kan boligsikringen højst være {0} af boligudgiften ({1:kr}): {2:kr}.",
        "Without children, boligsikring is at most {0} of the housing cost ({1:kr}): {2:kr}.");
    t("bs.max", "Den højeste årlige støtte er {0:kr}: {1:kr}.", "The maximum yearly benefit is {0:kr}: {1:kr}.");
    t("bs.round12", "Årsbeløbet skal kunne deles med 12 og rundes ned: {0:kr} bliver {1:kr} (afrundingsretningen er ikke bekræftet).",
        "The yearly amount must be divisible by 12 and is rounded down: {0:kr} becomes {1:kr} (the rounding direction is not confirmed).");
    t("bs.month", "Boligstøtte pr. måned: {0:kr} ({1:kr} om året).", "Housing benefit per month: {0:kr} ({1:kr} a year).");
    t("bs.rentmax.above", "Boligudgiften er over den maksimale boligudgift på {0:kr} (§ 14); loftet er ikke anvendt, da boligtypen (undtagelser i § 14, stk. 4-5) ikke er oplyst – kontrollér beregningen.",
        "The housing cost is above the maximum housing cost of {0:kr} (§ 14); the cap is not applied because the dwelling type (exemptions in § 14(4)-(5)) is not known - check the calculation.");
    t("bs.rentmax.within", "Boligudgiften er inden for den maksimale boligudgift på {0:kr} (§ 14).", "The housing cost is within the maximum housing cost of {0:kr} (§ 14).");
    t("bs.rentmax.unknown", "Den maksimale boligudgift (§ 14) for {0} kendes ikke, så den er ikke kontrolleret; loftet anvendes ikke af motoren.",
        "The maximum housing cost (§ 14) for {0} is not known, so it was not checked; the engine does not apply the cap.");
    t("bs.bagatel", "Beløbet er under bagatelgrænsen på {0:kr} pr. måned; ved en første beregning udbetales det ikke.",
        "The amount is below the minimum of {0:kr} a month; at a first calculation it is not paid.");

    // ------------------------------------------------------------------ rule titles
    String[][] titles = {
        {"folkepension.pensionsalder", "Folkepensionsalder", "Pension age"},
        {"folkepension.grundbeloeb", "Grundbeløb", "Basic amount"},
        {"folkepension.grundbeloeb.arbejdsindkomst", "Arbejdsindkomst (grundbeløb)", "Work income (basic amount)"},
        {"folkepension.grundbeloeb.nedsaettelse", "Nedsættelse af grundbeløb", "Basic amount reduction"},
        {"folkepension.grundbeloeb.nedsaettelse.afrunding", "Afrunding af nedsættelsen", "Rounding of the reduction"},
        {"folkepension.grundbeloeb.efter_indtaegt", "Grundbeløb efter indtægtsprøvning", "Basic amount after the income test"},
        {"folkepension.indtaegt.egen", "Egen indtægt", "Own income"},
        {"folkepension.indtaegt.partner", "Ægtefælles/samlevers indtægt", "Spouse's/cohabitant's income"},
        {"folkepension.indtaegt.partner.medregnet", "Medregnet indtægt for ægtefælle/samlever", "Counted income of spouse/cohabitant"},
        {"folkepension.indtaegtsgrundlag", "Indtægtsgrundlag", "Income basis"},
        {"folkepension.pensionstillaeg", "Pensionstillæg", "Pension supplement"},
        {"folkepension.pensionstillaeg.overskydende", "Indtægt over fradragsbeløbet", "Income above the disregard"},
        {"folkepension.pensionstillaeg.nedsaettelse", "Nedsættelse af pensionstillæg", "Pension supplement reduction"},
        {"folkepension.pensionstillaeg.nedsaettelse.afrunding", "Afrunding af nedsættelsen", "Rounding of the reduction"},
        {"folkepension.pensionstillaeg.efter_indtaegt", "Pensionstillæg efter indtægtsregulering", "Pension supplement after the income test"},
        {"folkepension.bopael.optjeningsperiode", "Optjeningsperiode", "Accrual period"},
        {"folkepension.bopael.broek", "Brøkpension", "Partial pension fraction"},
        {"folkepension.bopael.broek.afrunding", "Afrunding af brøkprocenten", "Rounding of the fraction percentage"},
        {"folkepension.grundbeloeb.broek", "Grundbeløb efter brøk", "Basic amount after the fraction"},
        {"folkepension.grundbeloeb.broek.afrunding", "Afrunding af grundbeløb", "Rounding of the basic amount"},
        {"folkepension.pensionstillaeg.broek", "Pensionstillæg efter brøk", "Pension supplement after the fraction"},
        {"folkepension.pensionstillaeg.broek.afrunding", "Afrunding af pensionstillæg", "Rounding of the pension supplement"},
        {"folkepension.grundbeloeb.maaned", "Grundbeløb pr. måned", "Basic amount per month"},
        {"folkepension.pensionstillaeg.maaned", "Pensionstillæg pr. måned", "Pension supplement per month"},
        {"folkepension.i_alt", "Folkepension i alt", "State pension in total"},
        {"folkepension.personligTillaegsprocent.trin", "Trin for personlig tillægsprocent", "Steps for the personal supplement percentage"},
        {"folkepension.personligTillaegsprocent.trin.afrunding", "Afrunding af trin", "Rounding of the steps"},
        {"folkepension.personligTillaegsprocent", "Personlig tillægsprocent", "Personal supplement percentage"},
        {"boerne_ungeydelse.barn.boerneydelse", "Børneydelse", "Child benefit"},
        {"boerne_ungeydelse.barn.boerneydelse.afrunding", "Afrunding af børneydelse", "Rounding of child benefit"},
        {"boerne_ungeydelse.barn.ungeydelse", "Ungeydelse", "Youth benefit"},
        {"boerne_ungeydelse.barn.ungeydelse.afrunding", "Ungeydelse i måneden for 18-årsdagen", "Youth benefit in the month of the 18th birthday"},
        {"boerne_ungeydelse.barn.ligedeling", "Ligedeling", "Equal split"},
        {"boerne_ungeydelse.barn.tillaeg2023", "Engangsforhøjelse 2023", "One-off increase 2023"},
        {"boerne_ungeydelse.barn.i_alt", "Ydelse for barnet", "Benefit for the child"},
        {"boerne_ungeydelse.barn.efter_nedsaettelse", "Ydelse for barnet efter nedsættelse", "Benefit for the child after reduction"},
        {"boerne_ungeydelse.ydelse_i_alt", "Ydelse i alt før nedsættelse", "Total benefit before reduction"},
        {"boerne_ungeydelse.aftrapning.overskydende", "Indkomst over bundfradraget", "Income above the threshold"},
        {"boerne_ungeydelse.aftrapning.aarlig", "Årlig nedsættelse", "Annual reduction"},
        {"boerne_ungeydelse.aftrapning.kvartal", "Nedsættelse pr. kvartal", "Reduction per quarter"},
        {"boerne_ungeydelse.aftrapning.loft", "Nedsættelse i kvartalet", "Reduction in the quarter"},
        {"boerne_ungeydelse.i_alt", "Børne- og ungeydelse i alt", "Child and youth benefit in total"},
        {"boligstoette.formuetillaeg", "Formuetillæg", "Wealth addition"},
        {"boligstoette.husstandsindkomst", "Husstandsindkomst", "Household income"},
        {"boligydelse.indkomstgraense", "Indkomstgrænse", "Income limit"},
        {"boligsikring.indkomstgraense", "Indkomstgrænse", "Income limit"},
        {"boligydelse.boligudgiftsandel", "Andel af boligudgiften", "Share of the housing cost"},
        {"boligsikring.boligudgiftsandel", "Andel af boligudgiften", "Share of the housing cost"},
        {"boligydelse.indkomstfradrag", "Indkomstfradrag", "Income deduction"},
        {"boligsikring.indkomstfradrag", "Indkomstfradrag", "Income deduction"},
        {"boligydelse.beregnet", "Beregnet boligydelse", "Computed boligydelse"},
        {"boligsikring.beregnet", "Beregnet boligsikring", "Computed boligsikring"},
        {"boligydelse.egenbetaling", "Mindste egenbetaling", "Minimum own payment"},
        {"boligsikring.egenbetaling", "Mindste egenbetaling", "Minimum own payment"},
        {"boligsikring.loft_uden_boern", "Loft uden børn", "Cap without children"},
        {"boligydelse.maksimum", "Maksimal boligydelse", "Maximum boligydelse"},
        {"boligsikring.maksimum", "Maksimal boligsikring", "Maximum boligsikring"},
        {"boligydelse.afrunding12", "Afrunding til beløb deleligt med 12", "Rounding to an amount divisible by 12"},
        {"boligsikring.afrunding12", "Afrunding til beløb deleligt med 12", "Rounding to an amount divisible by 12"},
        {"boligydelse.maaned", "Boligydelse pr. måned", "Boligydelse per month"},
        {"boligsikring.maaned", "Boligsikring pr. måned", "Boligsikring per month"},
    };
    for (String[] x : titles) {
      t("title." + x[0], x[1], x[2]);
    }

    // ------------------------------------------------------------------ summaries
    t("sum.fp.age", "Du er født {0} og nåede folkepensionsalderen på {1} år den {2}, så du kan få folkepension fra {3}.",
        "You were born on {0} and reached the state pension age of {1} years on {2}, so you can receive state pension from {3}.");
    t("sum.fp.notYet", "Du er født {0} og når folkepensionsalderen på {1} år den {2}; du kan tidligst få folkepension fra {3}, så der er ingen folkepension for {4}.",
        "You were born on {0} and reach the state pension age of {1} years on {2}; you can receive state pension from {3} at the earliest, so there is no state pension for {4}.");
    t("sum.fp.notYet.apply", "Du kan søge folkepension på borger.dk op til et halvt år før folkepensionsalderen.",
        "You can apply for state pension on borger.dk up to half a year before reaching pension age.");
    t("sum.fp.notYet.law", "Folkepensionsalderen følger af lov om social pension § 1 a og afhænger kun af din fødselsdato.",
        "The pension age follows from the Social Pension Act § 1 a and depends only on your date of birth.");
    t("sum.fp.notYet.contact", "Kontakt Udbetaling Danmark, hvis din fødselsdato i beregningen er forkert.",
        "Contact Udbetaling Danmark if the date of birth used in the calculation is wrong.");
    t("sum.fp.period", "Beregningen gælder {0} og bruger de satser og regler, der gælder for {1}.",
        "The calculation is for {0} and uses the rates and rules in force for {1}.");
    t("sum.fp.gb.noTest", "Grundbeløbet er {0:kr} om året og afhænger ikke af din indkomst.",
        "The basic amount is {0:kr} a year and does not depend on your income.");
    t("sum.fp.gb.test", "Grundbeløbet er {0:kr} om året efter nedsættelse for arbejdsindkomst over fradragsbeløbet.",
        "The basic amount is {0:kr} a year after the reduction for work income above the disregard.");
    t("sum.fp.gb.missing", "Grundbeløbet for {0} kendes ikke i parametertabellen, så det kan ikke beregnes.",
        "The basic amount for {0} is not in the parameter table, so it cannot be computed.");
    t("sum.fp.income", "Din indtægt ud over folkepensionen (og din ægtefælles/samlevers, hvis du har en) er opgjort til {0:kr} om året; arbejdsindkomst tæller ikke med fra 2023.",
        "Your income besides the state pension (and your spouse's/cohabitant's, if any) is counted as {0:kr} a year; work income does not count from 2023.");
    t("sum.fp.income.old", "Din indtægt ud over folkepensionen (og din ægtefælles/samlevers, hvis du har en) er opgjort til {0:kr} om året; før 2023 tæller arbejdsindkomst med.",
        "Your income besides the state pension (and your spouse's/cohabitant's, if any) is counted as {0:kr} a year; before 2023 work income counts.");
    t("sum.fp.pt", "Pensionstillægget er højst {0:kr} om året og nedsættes med {1} af indtægten over fradragsbeløbet, så det bliver {2:kr}.",
        "The pension supplement is at most {0:kr} a year and is reduced by {1} of the income above the disregard, which leaves {2:kr}.");
    t("sum.fp.pt.missing", "Pensionstillægget kan ikke beregnes, fordi en sats for {0} mangler: {1}.",
        "The pension supplement cannot be computed because a rate for {0} is missing: {1}.");
    t("sum.fp.residence.full", "Du har boet i Danmark længe nok til fuld folkepension.", "You have lived in Denmark long enough for a full state pension.");
    t("sum.fp.residence.partial", "Du har boet {0} år i Danmark, så du får {1} af fuld folkepension (brøkpension), beregnet efter indtægtsreguleringen.",
        "You have lived in Denmark for {0} years, so you receive {1} of a full state pension (partial pension), applied after the income test.");
    t("sum.fp.residence.none", "Du har boet under 1 år i Danmark mellem 15 år og folkepensionsalderen, så du har ikke ret til folkepension.",
        "You have lived in Denmark for less than 1 year between age 15 and pension age, so you have no right to state pension.");
    t("sum.fp.total", "I alt får du {0:kr} om måneden ({1:kr} om året) før skat.", "In total you receive {0:kr} a month ({1:kr} a year) before tax.");
    t("sum.fp.total.missing", "Det samlede beløb kan ikke beregnes, før de manglende satser er kendt; intet er gættet.",
        "The total cannot be computed until the missing rates are known; nothing has been guessed.");
    t("sum.fp.ptp", "Din personlige tillægsprocent, som bruges til fx varmetillæg og helbredstillæg, er {0}.",
        "Your personal supplement percentage, used for example for heating and health supplements, is {0}.");
    t("sum.fp.ptp.missing", "Din personlige tillægsprocent kan ikke beregnes for {0}, fordi satsen mangler.",
        "Your personal supplement percentage cannot be computed for {0} because the rate is missing.");
    t("sum.unconfirmed", "Beregningen bruger satser, der ikke er bekræftet af en officiel kilde: {0}.",
        "The calculation uses rates that are not confirmed by an official source: {0}.");
    t("sum.missing", "Disse satser mangler for perioden og er ikke gættet: {0}.", "These rates are missing for the period and have not been guessed: {0}.");
    t("sum.fp.paid", "Folkepensionen udbetales månedsvis bagud af Udbetaling Danmark.", "The state pension is paid monthly in arrears by Udbetaling Danmark.");

    t("sum.bu.period", "Beregningen gælder {0} og bruger satserne for {1}.", "The calculation is for {0} and uses the rates for {1}.");
    t("sum.bu.children", "Du får ydelse for {0} barn/børn: {1}.", "You receive benefit for {0} child(ren): {1}.");
    t("sum.bu.childPart", "barn {0} {1:kr}", "child {0} {1:kr}");
    t("sum.bu.childPart.missing", "barn {0} kan ikke beregnes", "child {0} cannot be computed");
    t("sum.bu.custody.shared", "I har fælles forældremyndighed, så du får halvdelen af ydelsen, rundet op til hele kroner.",
        "You have joint custody, so you receive half of the benefit, rounded up to whole kroner.");
    t("sum.bu.custody.sole", "Du får hele ydelsen for børnene.", "You receive the whole benefit for the children.");
    t("sum.bu.supplement", "I januar-kvartalet 2023 er ydelsen forhøjet med 660 kr. pr. barn (halvdelen ved deling).",
        "In the January quarter 2023 the benefit is increased by DKK 660 per child (half when shared).");
    t("sum.bu.reduction.none", "Din indkomst ligger ikke over grænsen, så ydelsen nedsættes ikke.", "Your income is not above the limit, so the benefit is not reduced.");
    t("sum.bu.reduction", "Din indkomst ligger over grænsen, så ydelsen nedsættes med 2 % af det overskydende: {0:kr} om året, dvs. {1:kr} i dette kvartal.",
        "Your income is above the limit, so the benefit is reduced by 2% of the excess: {0:kr} a year, that is {1:kr} in this quarter.");
    t("sum.bu.reduction.missing", "Nedsættelsen for høj indkomst kan ikke beregnes for {0}, fordi bundfradraget mangler; ydelsen før nedsættelse er {1:kr}.",
        "The reduction for high income cannot be computed for {0} because the threshold is missing; the benefit before reduction is {1:kr}.");
    t("sum.bu.total", "Du får i alt {0:kr} for kvartalet.", "In total you receive {0:kr} for the quarter.");
    t("sum.bu.total.missing", "Det samlede beløb for kvartalet kan ikke beregnes, før de manglende satser er kendt.",
        "The total for the quarter cannot be computed until the missing rates are known.");
    t("sum.bu.paid", "Børneydelse udbetales kvartalsvis forud, ungeydelse (15-17 år) månedsvis.",
        "Child benefit is paid quarterly in advance, youth benefit (age 15-17) monthly.");
    t("sum.bu.law", "Beregningen følger lov om en børne- og ungeydelse §§ 1, 1 a, 4 og 5.",
        "The calculation follows the Child and Youth Benefit Act §§ 1, 1 a, 4 and 5.");

    t("sum.bs.period", "Beregningen gælder {0} og bruger satserne for {1}.", "The calculation is for {0} and uses the rates for {1}.");
    t("sum.bs.scheme.by", "Som folkepensionist får du boligydelse efter boligstøttelovens § 21.", "As a state pensioner you receive boligydelse under § 21 of the Housing Benefit Act.");
    t("sum.bs.scheme.bs", "Da du ikke er folkepensionist, får du boligsikring efter boligstøttelovens § 22.", "As you are not a state pensioner, you receive boligsikring under § 22 of the Housing Benefit Act.");
    t("sum.bs.income", "Husstandens indkomst er opgjort til {0:kr} om året, og boligudgiften er {1:kr} om året.",
        "The household income is counted as {0:kr} a year and the housing cost is {1:kr} a year.");
    t("sum.bs.formula.by", "Støtten er 75 % af boligudgiften plus et tillæg minus 22,5 % af indkomsten over indkomstgrænsen, men du skal selv betale mindst 11 % af indkomsten og et minimumsbeløb.",
        "The benefit is 75% of the housing cost plus an addition minus 22.5% of the income above the income limit, but you must pay at least 11% of the income and a minimum amount yourself.");
    t("sum.bs.formula.bs", "Støtten er 60 % af boligudgiften minus 18 % af indkomsten over indkomstgrænsen, men du skal selv betale et minimumsbeløb, og uden børn er støtten højst 15 % af boligudgiften.",
        "The benefit is 60% of the housing cost minus 18% of the income above the income limit, but you must pay a minimum amount yourself, and without children it is at most 15% of the housing cost.");
    t("sum.bs.total", "Du får {0:kr} om måneden ({1:kr} om året); årsbeløbet er rundet ned til et beløb, der kan deles med 12.",
        "You receive {0:kr} a month ({1:kr} a year); the yearly amount is rounded down to an amount divisible by 12.");
    t("sum.bs.total.missing", "Boligstøtten kan ikke beregnes for {0}, fordi satser mangler; intet er gættet.",
        "The housing benefit cannot be computed for {0} because rates are missing; nothing has been guessed.");
    t("sum.bs.rentmax", "Loftet over boligudgiften (§ 14) er ikke anvendt, fordi boligtypen ikke er oplyst.",
        "The cap on the housing cost (§ 14) is not applied because the dwelling type is not given.");

    t("sum.cmp.same", "{0} er uændret: {1}.", "{0} is unchanged: {1}.");
    t("sum.cmp.changed", "{0} er ændret fra {1} til {2}.", "{0} has changed from {1} to {2}.");
    t("sum.cmp.lines", "{0} af {1} beregningstrin er ændret.", "{0} of {1} calculation steps have changed.");
    t("sum.cmp.period", "Perioden er ændret fra {0} til {1}, så satserne for den nye periode bruges.", "The period changed from {0} to {1}, so the rates of the new period are used.");
    t("sum.cmp.inputs", "Ændrede oplysninger: {0}.", "Changed facts: {0}.");
    t("sum.cmp.params", "Ændrede satser: {0}.", "Changed rates: {0}.");
    t("sum.cmp.versions", "Ændrede regler: {0}.", "Changed rules: {0}.");
    t("sum.cmp.missing", "Satser der mangler i den nye beregning: {0}.", "Rates missing in the new calculation: {0}.");
    t("sum.cmp.benefit", "De to beregninger gælder forskellige ydelser ({0} og {1}).", "The two calculations are for different benefits ({0} and {1}).");
    t("cmp.change.changed", "ændret", "changed");
    t("cmp.change.added", "nyt trin", "new step");
    t("cmp.change.removed", "trin udgået", "step removed");
    t("cmp.per.month", "{0:kr} om måneden", "{0:kr} a month");
    t("cmp.per.quarter", "{0:kr} for kvartalet", "{0:kr} for the quarter");
    t("cmp.absent", "ikke beregnet", "not computed");
    t("cmp.why.input", "oplysningen {0} er ændret fra {1} til {2}", "the fact {0} changed from {1} to {2}");
    t("cmp.why.inputLine", "{0} (fra trin {1}) er ændret fra {2} til {3}", "{0} (from step {1}) changed from {2} to {3}");
    t("cmp.why.inputAdded", "oplysningen {0} er kommet til ({1})", "the fact {0} was added ({1})");
    t("cmp.why.inputRemoved", "oplysningen {0} er fjernet (var {1})", "the fact {0} was removed (was {1})");
    t("cmp.why.param", "satsen {0} er ændret fra {1} (gyldig fra {2}) til {3} (gyldig fra {4})", "the rate {0} changed from {1} (valid from {2}) to {3} (valid from {4})");
    t("cmp.why.paramAdded", "satsen {0} bruges nu ({1}, gyldig fra {2})", "the rate {0} is now used ({1}, valid from {2})");
    t("cmp.why.paramRemoved", "satsen {0} bruges ikke længere", "the rate {0} is no longer used");
    t("cmp.why.version", "reglen er skiftet fra version {0} til {1}", "the rule changed from version {0} to {1}");
    t("cmp.why.missing", "satsen {0} mangler nu", "the rate {0} is now missing");
    t("cmp.why.found", "satsen {0} findes nu", "the rate {0} is now available");
    t("cmp.why.added", "trinnet indgår kun i den nye beregning", "the step is only in the new calculation");
    t("cmp.why.removed", "trinnet indgår kun i den gamle beregning", "the step is only in the old calculation");
    t("cmp.why.derived", "følger af ændringer i tidligere trin", "follows from changes in earlier steps");

    // ------------------------------------------------------------------ text format headings
    t("txt.title", "{0} for {1} – forklaring (skema {2})", "{0} for {1} - explanation (schema {2})");
    t("txt.result", "Resultat", "Result");
    t("txt.lines", "Beregning trin for trin", "Calculation step by step");
    t("txt.summary", "Sammenfatning", "Summary");
    t("txt.legal", "Lovgrundlag", "Legal basis");
    t("txt.inputs", "Oplysninger", "Inputs");
    t("txt.params", "Satser", "Rates");
    t("txt.formula", "Beregning", "Arithmetic");
    t("txt.amount", "Beløb", "Amount");
    t("txt.version", "Regelversion", "Rule version");
    t("txt.rounding", "Afrundingsregel", "Rounding rule");
    t("txt.missing", "Manglende satser", "Missing rates");
    t("txt.unconfirmed", "Ubekræftede satser", "Unconfirmed rates");
    t("txt.none", "ingen", "none");
    t("txt.notComputed", "ikke beregnet", "not computed");
    t("txt.cmp.title", "Sammenligning: {0} {1} → {2} {3}", "Comparison: {0} {1} → {2} {3}");
    t("txt.cmp.result", "Ændringer i resultatet", "Changes in the result");
    t("txt.cmp.lines", "Ændrede trin", "Changed steps");
    t("txt.cmp.unchanged", "Uændrede trin: {0}", "Unchanged steps: {0}");
    t("txt.cmp.why", "Hvorfor", "Why");
    t("txt.cmp.old", "Før", "Before");
    t("txt.cmp.new", "Nu", "Now");
  }
}
