/**
 * CSV of what the grid shows: the shown columns, every row in the current order (a paged
 * frame's rows are fetched first), raw values (numbers unformatted, dates in ISO).
 */

/** One CSV field, quoted when it must be (RFC 4180), formula-looking text defused. */
export function csvField(text: string): string {
  // A leading =, +, - or @ makes spreadsheets run the cell as a formula: prefix a quote.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: string[]): string {
  return fields.map(csvField).join(",");
}

/** Offer `text` as a download named `name`. */
export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name like Streamlit's: `2025-01-31T10-20-30_export.csv`, local time. */
export function csvName(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(
    now.getHours(),
  )}-${pad(now.getMinutes())}-${pad(now.getSeconds())}`;
  return `${stamp}_export.csv`;
}
