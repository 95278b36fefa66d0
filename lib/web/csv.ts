// CSV that spreadsheets open safely (OWASP's advice on CSV injection): every cell quoted, so a separator a
// spreadsheet guesses (";", a tab) cannot split a cell and start a new one with a formula, and no cell that
// starts like a formula.

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  // A leading =, +, -, @ or control character would run as a formula in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  // The header is Readout's own column names (letters and underscores): written as is, so it reads as a header.
  return [header.join(","), ...rows.map((row) => row.map(csvCell).join(","))].join("\r\n") + "\r\n";
}
