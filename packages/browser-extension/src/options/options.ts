/// <reference types="chrome" />
/** The options page: preset, allow list, the team's extra words; the sites turned on and the ignored findings. */
import { presets, validateConfig, type PresetName } from '@carelint/core';
import { h } from '../dom.js';
import { ignoredItems, readSettings, readSites, removeIgnored, saveSettings } from '../settings.js';
import { disableSite } from '../sites.js';
import { formatExtraWords, parseAllowList, parseExtraWords } from '../word-lists.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const presetSelect = $<HTMLSelectElement>('preset');
const allow = $<HTMLTextAreaElement>('allow');
const extra = $<HTMLTextAreaElement>('extra');
const problems = $<HTMLDivElement>('problems');
const saved = $<HTMLSpanElement>('saved');

const PRESET_NAMES: Record<PresetName, string> = {
  recommended: 'Recommended: day-to-day recording',
  'family-facing': 'Family-facing: letters and records a child or family will read',
  audit: 'Audit: quality assurance',
  strict: 'Strict: templates and training material',
};

function describePreset(): void {
  $('preset-description').textContent = presets[presetSelect.value as PresetName]?.description ?? '';
}

async function load(): Promise<void> {
  const settings = await readSettings();
  presetSelect.replaceChildren(...(Object.keys(PRESET_NAMES) as PresetName[]).map((name) => h('option', { value: name }, PRESET_NAMES[name])));
  presetSelect.value = settings.preset;
  describePreset();
  allow.value = settings.allow.join('\n');
  extra.value = formatExtraWords(settings.extraWords);
  await renderLists();
}

async function renderLists(): Promise<void> {
  const sites = await readSites();
  const siteList = $<HTMLUListElement>('sites');
  siteList.replaceChildren(
    ...(sites.length === 0
      ? [h('li', { class: 'empty' }, 'No sites yet.')]
      : sites.map((site) => {
          const off = h('button', { type: 'button', class: 'secondary' }, 'Turn off');
          off.addEventListener('click', () => void disableSite(site).then(renderLists));
          return h('li', {}, h('span', {}, new URL(site).hostname), off);
        })),
  );
  const items = await ignoredItems();
  const ignoredList = $<HTMLUListElement>('ignored');
  ignoredList.replaceChildren(
    ...(items.length === 0
      ? [h('li', { class: 'empty' }, 'Nothing ignored.')]
      : items.map((item) => {
          const restore = h('button', { type: 'button', class: 'secondary', 'aria-label': `Show ${item.term ? `“${item.term}”` : 'this suggestion'} again on ${new URL(item.site).hostname}` }, 'Show again');
          restore.addEventListener('click', () => void removeIgnored(item.site, item.fingerprint).then(renderLists));
          const what = item.term !== undefined ? `“${item.term}”` : 'A suggestion (its words are not kept)';
          return h(
            'li',
            { 'data-fingerprint': item.fingerprint },
            h('span', {}, h('strong', {}, what), ` · rule ${item.rule} · on ${new URL(item.site).hostname}`),
            restore,
          );
        })),
  );
}

async function save(event: Event): Promise<void> {
  event.preventDefault();
  saved.textContent = '';
  const extraWords = parseExtraWords(extra.value);
  const allowList = parseAllowList(allow.value);
  const messages = [...extraWords.problems];
  try {
    validateConfig({ preset: presetSelect.value, allow: allowList });
  } catch (error) {
    messages.push(error instanceof Error ? error.message : 'These settings could not be saved.');
  }
  problems.replaceChildren(...messages.map((message) => h('p', {}, message)));
  if (messages.length > 0) return;
  await saveSettings({ preset: presetSelect.value as PresetName, allow: allowList, extraWords: extraWords.words });
  saved.textContent = 'Saved. Open pages use the new settings straight away.';
}

presetSelect.addEventListener('change', describePreset);
$<HTMLFormElement>('form').addEventListener('submit', (event) => void save(event));
chrome.storage.onChanged.addListener((changes) => {
  // "Add to my words" from a page: show the new word unless the list is being edited here.
  if (changes.settings && document.activeElement !== allow) void readSettings().then((settings) => (allow.value = settings.allow.join('\n')));
  void renderLists();
});
void load();
