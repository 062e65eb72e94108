/**
 * The month (`YYYY-MM`) of a date as exports write it: ISO dates and timestamps (`2025-03-14`, `2025-03-14T10:30Z`)
 * and UK dates (`14/03/2025`, `14-03-2025`, `14.03.2025`). Anything else has no month.
 */
export function monthOf(date: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?(?:[T ]|$)/.exec(date.trim());
  if (iso) return month(iso[1]!, iso[2]!);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ,]|$)/.exec(date.trim());
  if (uk) return month(uk[3]!, uk[2]!);
  return undefined;
}

function month(year: string, monthNumber: string): string | undefined {
  const value = Number(monthNumber);
  if (value < 1 || value > 12) return undefined;
  return `${year}-${String(value).padStart(2, '0')}`;
}
