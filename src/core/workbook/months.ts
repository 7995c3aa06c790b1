/** The months as Swedish economists abbreviate them in headers, period labels and profiles: jan … dec. */
export const MONTHS: readonly string[] = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
