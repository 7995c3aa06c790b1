import type { Template } from "./types";

/** Messages of the calculation rules (domain.md sections 1–6) and of input parsing. */
export const engineMessages = {
  notANumber: {
    sv: "”{value}” {where} är inte ett tal",
    en: "“{value}” {where} is not a number",
  },
  errorValue: {
    sv: "cellen {where} innehåller felvärdet {value}",
    en: "the cell {where} holds the error value {value}",
  },
  notFinite: {
    sv: "cellen {where} är inte ett ändligt tal ({value})",
    en: "the cell {where} is not a finite number ({value})",
  },
  blank: {
    sv: "cellen {where} är tom, men ett värde krävs",
    en: "the cell {where} is blank, but a value is required",
  },
  notAVector: {
    sv: "{where} ska vara en enda rad eller en enda kolumn, men har {rows} rader och {columns} kolumner",
    en: "{where} must be a single row or a single column, but has {rows} rows and {columns} columns",
  },
  usersNegative: {
    sv: "antalet användare {where} är negativt ({value})",
    en: "the number of users {where} is negative ({value})",
  },
  usersFractional: {
    sv: "antalet användare {where} är inte ett heltal ({value})",
    en: "the number of users {where} is not a whole number ({value})",
  },
  usersZeroTotal: {
    sv: "antalet användare {where} summerar till 0, så ingen nyckel kan beräknas",
    en: "the numbers of users {where} sum to 0, so no key can be computed",
  },
  decimalsRange: {
    sv: "antalet decimaler {where} ska vara ett heltal från {min} till {max}, inte {value}",
    en: "the number of decimals {where} must be a whole number from {min} to {max}, not {value}",
  },
  keyEmpty: {
    sv: "nyckeln {where} har inga andelar",
    en: "the key {where} has no shares",
  },
  keyNegative: {
    sv: "andel nr {position} i nyckeln {where} är negativ ({value})",
    en: "share no. {position} of the key {where} is negative ({value})",
  },
  keySum: {
    sv: "andelarna {where} summerar till {sum} %, inte 100 %",
    en: "the shares {where} sum to {sum} %, not 100 %",
  },
  keyInexact: {
    sv: "andelarna {where} summerar till {sum} %, inte exakt 100 %, så av beloppet {amount} blir mer än en enhet utan part; nyckeln skalas aldrig om: avrunda andelarna till nyckelns decimaler (som OIT.NYCKEL gör) så att de summerar till exakt 100 %",
    en: "the shares {where} sum to {sum} %, not exactly 100 %, so more than one unit of the amount {amount} would go to no party; a key is never rescaled: round the shares to the key's decimals (as OIT.KEY does) so that they sum to exactly 100 %",
  },
  resultTooLarge: {
    sv: "resultatet {where} blir {value}, större än det största tal en cell i Excel kan hålla (omkring ±1,8·10^308)",
    en: "the result {where} is {value}, beyond the largest number an Excel cell can hold (about ±1.8·10^308)",
  },
  monthRange: {
    sv: "månaden {where} ska vara ett heltal från 1 till 12, inte {value}",
    en: "the month {where} must be a whole number from 1 to 12, not {value}",
  },
  profileLength: {
    sv: "profilen {where} ska ha 12 månadsvikter, men har {count}",
    en: "the profile {where} must have 12 monthly weights, but has {count}",
  },
  profileNegative: {
    sv: "vikten för månad {position} i profilen {where} är negativ ({value})",
    en: "the weight of month {position} in the profile {where} is negative ({value})",
  },
  profileZero: {
    sv: "alla månadsvikter i profilen {where} är 0, så budgeten kan inte periodiseras",
    en: "all monthly weights of the profile {where} are 0, so the budget cannot be spread over the months",
  },
  profileZeroThroughMonth: {
    sv: "profilen {where} har inga vikter i januari–månad {month}, så utfallet ger ingen takt att räkna fram helåret på",
    en: "the profile {where} has no weight in January through month {month}, so the outcome gives no rate to run the full year at",
  },
  divisionByZero: {
    sv: "budgeten {where} är 0, så avvikelsen kan inte anges i procent",
    en: "the budget {where} is 0, so the deviation cannot be given as a percentage",
  },
  unknownAllocation: {
    sv: "fördelningen ”{tag}” {where} är okänd; tillåtna värden är {allowed}",
    en: "the allocation “{tag}” {where} is unknown; allowed values are {allowed}",
  },
  reservedPartyName: {
    sv: "parten ”{party}” {where} kan inte heta så: {reserved} är fördelningar, inte parter. Byt namn på parten",
    en: "the party “{party}” {where} cannot have that name: {reserved} are allocations, not parties. Rename the party",
  },
  duplicateParty: {
    sv: "parten ”{party}” {where} förekommer mer än en gång",
    en: "the party “{party}” {where} occurs more than once",
  },
  shapeMismatch: {
    sv: "{where} har {actual} värden, men {expected} behövs (ett per part)",
    en: "{where} has {actual} values, but {expected} are needed (one per party)",
  },
} satisfies Record<string, Template>;
