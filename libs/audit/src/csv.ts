/**
 * RFC 4180 CSV: fields quoted when they hold a comma, quote, CR or LF (quotes doubled), records
 * ended by CRLF. The reader is incremental (fed chunks) and keeps each record's exact text, so a
 * verifier can hash what was written byte for byte. With the formula guard, a cell a spreadsheet
 * would run as a formula is written with a leading quote, so it opens as text.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';
/** The prefix that makes spreadsheet software take a cell as text. */
export const FORMULA_GUARD = "'";
// What spreadsheet software runs as a formula (= + - @, and tab or CR before them); the guard itself
// too, so that taking one leading quote off any cell that has one gives back exactly what was written.
const FORMULA_START = /^[=+\-@\t\r']/;

export interface CsvOptions {
  /** Prefix cells that start like a formula with FORMULA_GUARD. */
  readonly formulaGuard?: boolean;
}

export function csvField(value: string | number | null, options: CsvOptions = {}): string {
  const plain = value === null ? '' : String(value);
  const text = options.formulaGuard && FORMULA_START.test(plain) ? FORMULA_GUARD + plain : plain;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(fields: readonly (string | number | null)[], options: CsvOptions = {}): string {
  return fields.map((field) => csvField(field, options)).join(',') + CSV_EOL;
}

/** A cell's value as given to csvField, from the cell read back. */
export function unguardFormula(cell: string): string {
  return cell.startsWith(FORMULA_GUARD) ? cell.slice(FORMULA_GUARD.length) : cell;
}

export interface CsvRecord {
  readonly fields: string[];
  /** The record exactly as written, CRLF included. */
  readonly raw: string;
}

export class CsvReader {
  private buffer = '';

  /** Returns the records completed by this chunk; a record split across chunks waits for the rest. */
  feed(chunk: string): CsvRecord[] {
    this.buffer += chunk;
    const records: CsvRecord[] = [];
    let start = 0;
    for (;;) {
      const parsed = parseRecord(this.buffer, start);
      if (!parsed) break;
      records.push({ fields: parsed.fields, raw: this.buffer.slice(start, parsed.end) });
      start = parsed.end;
    }
    this.buffer = this.buffer.slice(start);
    return records;
  }

  /** What is left at the end of input (a last record without CRLF, or garbage): '' when the input ended cleanly. */
  rest(): string {
    return this.buffer;
  }
}

function parseRecord(text: string, start: number): { fields: string[]; end: number } | undefined {
  const fields: string[] = [];
  let i = start;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0 || quote + 1 >= text.length) return undefined; // the closing quote or what follows it is not here yet
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else {
      const stop = nextDelimiter(text, i);
      if (stop < 0) return undefined;
      field = text.slice(i, stop);
      i = stop;
    }
    fields.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith(CSV_EOL, i)) return { fields, end: i + 2 };
    if (i + 1 >= text.length) return undefined;
    throw new Error(`malformed CSV near: ${text.slice(i, i + 40)}`);
  }
}

function nextDelimiter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === ',' || text[i] === '\r') return i;
    if (text[i] === '\n' || text[i] === '"') throw new Error(`malformed CSV near: ${text.slice(from, from + 40)}`);
  }
  return -1;
}
