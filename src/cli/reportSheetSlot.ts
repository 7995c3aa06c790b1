/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;

function candidate(name: string, attempt: number): string {
  if (attempt === 1) return name.slice(0, MAX_SHEET_NAME);
  const suffix = ` (${attempt})`;
  return name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/**
 * The sheet the report goes to: its own name when free or already the add-in's (then it is
 * replaced), else "<name> (2)", "(3)", … — a sheet of the user's is never overwritten.
 * Excel compares sheet names without regard to case.
 */
export function reportSheetSlot(wanted: string, existing: readonly string[], marked: readonly string[]): string {
  const lower = (names: readonly string[]) => new Set(names.map((name) => name.toLowerCase()));
  const taken = lower(existing);
  const ours = lower(marked);
  for (let attempt = 1; ; attempt++) {
    const name = candidate(wanted, attempt);
    const key = name.toLowerCase();
    if (!taken.has(key) || ours.has(key)) return name;
  }
}
