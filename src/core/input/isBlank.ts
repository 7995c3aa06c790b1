/** An empty cell, an omitted optional argument, or text of only spaces (NBSP included). */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
