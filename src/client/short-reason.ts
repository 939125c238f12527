// The first line of an error, short enough to be read aloud in the filter
// form's status line (DuckDB errors carry whole SQL listings).
export function shortReason(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
