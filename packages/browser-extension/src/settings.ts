/// <reference types="chrome" />
/** What the extension keeps in `chrome.storage.local`: settings, enabled sites, and ignored fingerprints. Never record text. */
import type { PresetName } from '@carelint/core';
import type { ExtraWord } from './word-lists.js';

export interface Settings {
  preset: PresetName;
  /** Phrases never flagged. */
  allow: string[];
  extraWords: ExtraWord[];
}

export const DEFAULT_SETTINGS: Settings = { preset: 'recommended', allow: [], extraWords: [] };

const PRESETS: readonly PresetName[] = ['recommended', 'family-facing', 'audit', 'strict'];

/**
 * Stored keys: `settings`, `sites` (site keys turned on), `ignored` (site key -> fingerprints), and `ignoredTerms`
 * (fingerprint -> the dictionary term it stands for, kept only for dictionary words so the options page can name them).
 */
interface Stored {
  settings?: unknown;
  sites?: unknown;
  ignored?: unknown;
  ignoredTerms?: unknown;
}

/** One ignored suggestion as the options page lists it: its site, fingerprint, rule and (for dictionary words) term. */
export interface IgnoredItem {
  site: string;
  fingerprint: string;
  /** The rule id: the part of the fingerprint before its hash. */
  rule: string;
  term: string | undefined;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Settings from storage, with anything missing or malformed replaced by the default. */
export function normaliseSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const preset = PRESETS.includes(value.preset as PresetName) ? (value.preset as PresetName) : DEFAULT_SETTINGS.preset;
  const extraWords = (Array.isArray(value.extraWords) ? value.extraWords : [])
    .filter((word): word is { term: string; alternatives: unknown } => !!word && typeof (word as { term?: unknown }).term === 'string')
    .map((word) => ({ term: word.term, alternatives: strings(word.alternatives) }));
  return { preset, allow: strings(value.allow), extraWords };
}

export async function readSettings(): Promise<Settings> {
  const stored = (await chrome.storage.local.get('settings')) as Stored;
  return normaliseSettings(stored.settings);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await chrome.storage.local.set({ settings });
}

async function readIgnoredMap(): Promise<Record<string, string[]>> {
  const stored = (await chrome.storage.local.get('ignored')) as Stored;
  const map: Record<string, string[]> = {};
  if (stored.ignored && typeof stored.ignored === 'object') {
    for (const [site, list] of Object.entries(stored.ignored as Record<string, unknown>)) map[site] = strings(list);
  }
  return map;
}

/** Fingerprints (rule + hash of the words, never the words) the writer ignored on a site. */
export async function readIgnored(site: string): Promise<string[]> {
  return (await readIgnoredMap())[site] ?? [];
}

/** Ignores a fingerprint on a site; `term` is kept beside it only when it is a dictionary word (never record text). */
export async function addIgnored(site: string, fingerprint: string, term?: string): Promise<void> {
  const map = await readIgnoredMap();
  const list = map[site] ?? [];
  if (!list.includes(fingerprint)) map[site] = [...list, fingerprint];
  const terms = await readIgnoredTerms();
  if (term !== undefined) terms[fingerprint] = term;
  await chrome.storage.local.set({ ignored: map, ignoredTerms: terms });
}

/** Shows one ignored suggestion on a site again. */
export async function removeIgnored(site: string, fingerprint: string): Promise<void> {
  const map = await readIgnoredMap();
  map[site] = (map[site] ?? []).filter((item) => item !== fingerprint);
  if (map[site]!.length === 0) delete map[site];
  const terms = await readIgnoredTerms();
  if (!Object.values(map).some((list) => list.includes(fingerprint))) delete terms[fingerprint];
  await chrome.storage.local.set({ ignored: map, ignoredTerms: terms });
}

async function readIgnoredTerms(): Promise<Record<string, string>> {
  const stored = (await chrome.storage.local.get('ignoredTerms')) as Stored;
  const terms: Record<string, string> = {};
  if (stored.ignoredTerms && typeof stored.ignoredTerms === 'object') {
    for (const [fingerprint, term] of Object.entries(stored.ignoredTerms as Record<string, unknown>)) if (typeof term === 'string') terms[fingerprint] = term;
  }
  return terms;
}

/** Every ignored suggestion, site by site, with its rule and (for dictionary words) term. */
export async function ignoredItems(): Promise<IgnoredItem[]> {
  const [map, terms] = await Promise.all([readIgnoredMap(), readIgnoredTerms()]);
  return Object.entries(map).flatMap(([site, list]) =>
    list.map((fingerprint) => ({ site, fingerprint, rule: fingerprint.replace(/:[0-9a-f]{8}$/, ''), term: terms[fingerprint] })),
  );
}

/** Adds a phrase to the allow list ("my words"), once. */
export async function addAllowed(phrase: string): Promise<void> {
  const settings = await readSettings();
  if (!settings.allow.some((item) => item.toLowerCase() === phrase.toLowerCase())) settings.allow = [...settings.allow, phrase];
  await saveSettings(settings);
}

export async function clearIgnored(site: string): Promise<void> {
  const map = await readIgnoredMap();
  delete map[site];
  await chrome.storage.local.set({ ignored: map });
}

/** Every site with ignored findings, and how many. */
export async function ignoredCounts(): Promise<Record<string, number>> {
  return Object.fromEntries(Object.entries(await readIgnoredMap()).map(([site, list]) => [site, list.length]));
}

export async function readSites(): Promise<string[]> {
  const stored = (await chrome.storage.local.get('sites')) as Stored;
  return strings(stored.sites);
}

export async function saveSites(sites: readonly string[]): Promise<void> {
  await chrome.storage.local.set({ sites: [...new Set(sites)].sort() });
}
