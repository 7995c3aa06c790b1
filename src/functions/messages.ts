import { hostMessages } from "../core/messages";

/** Messages about how the arguments of a custom function fit together. */
export const { templates: functionsMessages, error: functionsError } = hostMessages({
  shapeDiffersFromBudget: {
    sv: "området {where} har {rows} rader och {columns} kolumner, men ska ha samma form som budgeten ({expectedRows} rader och {expectedColumns} kolumner)",
    en: "the range {where} has {rows} rows and {columns} columns, but must have the shape of the budget ({expectedRows} rows and {expectedColumns} columns)",
  },
  tagsCountDiffers: {
    sv: "området {where} har {actual} värden, men beloppen har {expected}: ange en fördelning per belopp",
    en: "the range {where} has {actual} values, but the amounts have {expected}: give one allocation per amount",
  },
});
