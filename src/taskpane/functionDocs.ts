import type { Language } from "../core/messages";

/** One custom function as the Funktioner view lists it. */
export interface FunctionDoc {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string }[];
  /** The example formula from the description, in the language's own syntax; null if it has none. */
  example: string | null;
}

interface Metadata {
  functions: { id: string; name: string; description?: string; parameters?: { name: string; description?: string }[] }[];
}

/** The build's metadata files: the same text Excel shows in its formula autocomplete. */
const metadataFile: Record<Language, string> = { sv: "functions.sv-SE.json", en: "functions.json" };

const examplePattern = /(=OIT\.[\p{Lu}.]+\([^)]*\))/u;

/** The function reference from a functions.json, the example formula lifted out of each description. */
function functionDocsOf(metadata: Metadata): FunctionDoc[] {
  return metadata.functions.map((f) => ({
    id: f.id,
    name: `OIT.${f.name}`,
    description: f.description ?? "",
    parameters: (f.parameters ?? []).map((p) => ({ name: p.name, description: p.description ?? "" })),
    example: examplePattern.exec(f.description ?? "")?.[1] ?? null,
  }));
}

/** Reads the metadata next to the page (dist/), so the pane shows exactly what was built. */
export async function loadFunctionDocs(language: Language): Promise<FunctionDoc[]> {
  const response = await fetch(metadataFile[language]);
  if (!response.ok) throw new Error(`${metadataFile[language]}: HTTP ${response.status}`);
  return functionDocsOf((await response.json()) as Metadata);
}
