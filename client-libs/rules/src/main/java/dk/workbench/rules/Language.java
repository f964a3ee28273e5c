package dk.workbench.rules;

/** Language of rendered texts (line texts, summary, text format). Amounts and rule ids are language-neutral. */
public enum Language {
  DA,
  EN
}
