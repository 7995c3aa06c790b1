// Builds a per-locale custom-functions metadata file (functions.sv-SE.json) from the generated
// English functions.json and a translation table keyed by function id and parameter name.
// custom-functions-metadata does not localize; keying by id keeps the two files in step, and any
// function or parameter without a translation (or a translation of something that no longer
// exists) fails the build instead of shipping an English name in Swedish Excel.

/**
 * @param {{functions: Array<{id: string, name: string, description?: string,
 *   parameters?: Array<{name: string, description?: string}>}>}} metadata generated functions.json
 * @param {Record<string, {name: string, description: string, example: string,
 *   parameters: Record<string, {name: string, description: string}>}>} table translations by id
 * @param {string} exampleWord the word that introduces the example, e.g. "Exempel"
 * @returns {{metadata: object, problems: string[]}} the localized metadata and what did not match
 */
function localizeMetadata(metadata, table, exampleWord) {
  const problems = [];
  const generatedIds = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) {
    if (!generatedIds.has(id)) problems.push(`translation for unknown function ${id}`);
  }
  const functions = metadata.functions.map((f) => {
    const entry = table[f.id];
    if (!entry) {
      problems.push(`no translation for function ${f.id}`);
      return f;
    }
    const parameters = f.parameters ?? [];
    const names = new Set(parameters.map((p) => p.name));
    for (const name of Object.keys(entry.parameters)) {
      if (!names.has(name)) problems.push(`translation for unknown parameter ${f.id}(${name})`);
    }
    return {
      ...f,
      name: entry.name,
      description: `${entry.description} ${exampleWord}: ${entry.example}`,
      parameters: parameters.map((p) => {
        const translated = entry.parameters[p.name];
        if (!translated) {
          problems.push(`no translation for parameter ${f.id}(${p.name})`);
          return p;
        }
        return { ...p, name: translated.name, description: translated.description };
      }),
    };
  });
  return { metadata: { ...metadata, functions }, problems };
}

/**
 * The metadata with error values let through to the functions (allowErrorForDataTypeAny, for
 * parameters of type any, which all ours are): without it Excel answers an error among the inputs
 * itself, and the function's message naming the cell ("cellen … innehåller felvärdet #N/A") is
 * never seen. custom-functions-metadata has no JSDoc tag for it, hence this step.
 * @param {object} metadata generated functions.json
 * @returns {object} the same metadata with the flag set
 */
function withErrorInputs(metadata) {
  return { allowErrorForDataTypeAny: true, ...metadata };
}

module.exports = { localizeMetadata, withErrorInputs };
