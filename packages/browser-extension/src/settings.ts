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

/** Stored keys: `settings`, `sites` (site keys turned on), `ignored` (site key -> fingerprints). */
interface Stored {
  settings?: unknown;
  sites?: unknown;
  ignored?: unknown;
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

export async function addIgnored(site: string, fingerprint: string): Promise<void> {
  const map = await readIgnoredMap();
  const list = map[site] ?? [];
  if (!list.includes(fingerprint)) map[site] = [...list, fingerprint];
  await chrome.storage.local.set({ ignored: map });
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
