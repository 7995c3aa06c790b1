import { readFileSync } from "fs";
import { join } from "path";
import { SWEDISH_LOCALES, languageOf, paneLanguage } from "../../src/i18n/language";
import { KEY } from "../../src/functions/functions";
import { inLanguage, thrown } from "./helpers";

const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");

/** The locales for which the manifest gives Excel the Swedish function metadata. */
function swedishMetadataLocales(): string[] {
  const block = /<bt:Url id="Functions\.Metadata\.Url"[\s\S]*?<\/bt:Url>/.exec(manifest)![0];
  return [...block.matchAll(/<bt:Override Locale="([^"]+)" Value="[^"]*functions\.sv-SE\.json"\/>/g)].map((m) => m[1]);
}

describe("one locale rule for the pane, the functions' messages and the metadata", () => {
  it("is Swedish exactly where the manifest gives Excel the Swedish function names", () => {
    expect(swedishMetadataLocales()).toEqual([...SWEDISH_LOCALES]);
  });

  it.each([
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["SV-fi", "sv"],
    // Swedish, but Excel would load the English metadata: the pane must not insert FÖRDELA there.
    ["sv-AX", "en"],
    ["en-US", "en"],
    ["fi-FI", "en"],
  ] as const)("%s: the pane and the functions speak %s", (tag, language) => {
    expect(languageOf(tag)).toBe(language);
    expect(paneLanguage(tag, "sv-SE")).toBe(language);
    const message = inLanguage(tag, () => thrown(() => KEY([[-1]]))).message;
    expect(message.startsWith(language === "sv" ? "Antalet" : "The number")).toBe(true);
  });
});
