const isoDate = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ]|$)/;
const ukDate = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ,]|$)/;

/**
 * The month (`YYYY-MM`) of a date as exports write it: ISO dates and timestamps (`2025-03-14`, `2025-03-14T10:30Z`)
 * and UK dates (`14/03/2025`, `14-03-2025`, `14.03.2025`). Anything else has no month.
 */
export function monthOf(date: string): string | undefined {
  const iso = isoDate.exec(date.trim());
  if (iso) return month(iso[1]!, iso[2]!);
  const uk = ukDate.exec(date.trim());
  if (uk) return month(uk[3]!, uk[2]!);
  return undefined;
}

/** The day (`YYYY-MM-DD`) of a date written as `monthOf` reads them; none for a month alone or an impossible day. */
export function dayOf(date: string): string | undefined {
  const iso = isoDate.exec(date.trim());
  const parts = iso ? (iso[3] === undefined ? undefined : [iso[1]!, iso[2]!, iso[3]]) : ((uk) => (uk ? [uk[3]!, uk[2]!, uk[1]!] : undefined))(ukDate.exec(date.trim()));
  if (parts === undefined) return undefined;
  const [year, monthNumber, day] = parts.map(Number) as [number, number, number];
  if (monthNumber < 1 || monthNumber > 12 || day < 1 || day > new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()) return undefined;
  return `${parts[0]}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function month(year: string, monthNumber: string): string | undefined {
  const value = Number(monthNumber);
  if (value < 1 || value > 12) return undefined;
  return `${year}-${String(value).padStart(2, '0')}`;
}
