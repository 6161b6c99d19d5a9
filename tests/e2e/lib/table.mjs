// A compact plain-text table for the budget and bench reports (CJK-safe column widths).

/** Display width: CJK characters take two columns in a terminal. */
function width(text) {
  let columns = 0;
  for (const char of String(text)) columns += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(char) ? 2 : 1;
  return columns;
}

const pad = (text, size) => String(text) + ' '.repeat(Math.max(0, size - width(text)));

/**
 * @param {string[]} header
 * @param {Array<Array<string | number>>} rows
 * @returns {string}
 */
export function formatTable(header, rows) {
  const sizes = header.map((title, column) => Math.max(width(title), ...rows.map((row) => width(row[column] ?? ''))));
  const line = (cells) => `| ${cells.map((cell, column) => pad(cell ?? '', sizes[column])).join(' | ')} |`;
  const rule = `|${sizes.map((size) => '-'.repeat(size + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
