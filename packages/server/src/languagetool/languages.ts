/** One entry of `GET /v2/languages`, in LanguageTool's shape. */
export interface LanguageInfo {
  name: string;
  code: string;
  longCode: string;
}

/** The languages carelint answers for: English, as LanguageTool names its variants (carelint's words are UK English). */
export const languages: readonly LanguageInfo[] = [
  { name: 'English', code: 'en', longCode: 'en' },
  { name: 'English (GB)', code: 'en', longCode: 'en-GB' },
  { name: 'English (US)', code: 'en', longCode: 'en-US' },
  { name: 'English (Australian)', code: 'en', longCode: 'en-AU' },
  { name: 'English (Canadian)', code: 'en', longCode: 'en-CA' },
  { name: 'English (New Zealand)', code: 'en', longCode: 'en-NZ' },
  { name: 'English (South African)', code: 'en', longCode: 'en-ZA' },
];

const GB = languages[1]!;

/** The language for a request's `language` (case-insensitive; `auto` is British English); undefined when not English. */
export function languageFor(code: string): LanguageInfo | undefined {
  if (code.toLowerCase() === 'auto') return GB;
  const known = languages.find((language) => language.longCode.toLowerCase() === code.toLowerCase());
  if (known) return known;
  // Any other English variant (en-IE, en-IN…) is checked as it is.
  return /^en(-[a-z0-9]{2,8})*$/i.test(code) ? { name: 'English', code: 'en', longCode: code } : undefined;
}
