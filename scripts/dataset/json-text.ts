/**
 * Parses a dataset file's JSON text into a value, or into a message that says where
 * it broke (line and column), so a truncated file can be found and fixed by hand.
 */
export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJsonText(raw: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (error) {
    return { ok: false, message: describeJsonError(raw, error) };
  }
}

function describeJsonError(raw: string, error: unknown): string {
  const original = error instanceof Error ? error.message : String(error);
  if (raw.trim() === '') return 'invalid JSON: the file is empty';
  const position = /at position (\d+)/.exec(original);
  const atEnd = position?.[1] !== undefined && raw.slice(Number(position[1])).trim() === '';
  if (atEnd || /end of (JSON )?(input|data)/i.test(original)) {
    // Engines word this differently; what matters is that the text stops mid-value.
    return `invalid JSON: the file ends too early (truncated?) at ${lineColumn(raw, raw.length)}`;
  }
  const reason = original
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/,? ?"[^"]*"\.\.\. is not valid JSON$/s, '')
    .trim();
  if (position?.[1] !== undefined) {
    return `invalid JSON: ${reason} at ${lineColumn(raw, Number(position[1]))}`;
  }
  return `invalid JSON: ${reason}`;
}

/** 1-based line and column of a character offset, as editors show them. */
export function lineColumn(raw: string, offset: number): string {
  const before = raw.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return `line ${line}, column ${column}`;
}
