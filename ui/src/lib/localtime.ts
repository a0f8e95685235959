// Times shown to staff: an RFC 3339 instant as the kiosk's local wall-clock time.

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * `2025-05-01T05:03:22Z` → `2025/05/01 14:03:22` on a kiosk in Japan. The same shape in every
 * language (staff read it next to logs). Text that is not a time is returned as it is.
 */
export function formatLocalTime(rfc3339: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(rfc3339)) return rfc3339;
  const d = new Date(rfc3339);
  if (Number.isNaN(d.getTime())) return rfc3339;
  const date = `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())}`;
  return `${date} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
