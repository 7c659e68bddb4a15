/** Dates as pages show them (filters and the month chart share it). */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-03-24" → "24 March 2023"; "2023-03" → "March 2023"; "2023" → "2023". */
export function readableDate(value: string | null | undefined): string {
  if (!value) return 'undated';
  const [y, m, d] = value.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}
