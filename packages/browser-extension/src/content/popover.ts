/** The card shown on a finding: what and why, the alternatives as buttons, and "ignore". Built with text nodes only. */
import type { Finding } from '@carelint/core';
import { h } from '../dom.js';
import { categoryLabel, levelLabel } from './labels.js';

export interface PopoverActions {
  apply(alternative: string): void;
  /** This place only, in this field, until the page is reloaded. */
  ignoreOnce(): void;
  /** These words for this rule, everywhere on this site, until restored on the options page. */
  ignoreSite(): void;
  /** Adds the words to the allow list ("my words"); absent when the finding is not a single term. */
  addWord?: (() => void) | undefined;
  close(): void;
}

/** The words "Add to my words" would add: the finding's own words, when it is about a dictionary term, not a sentence. */
export function wordToAdd(finding: Finding): string | undefined {
  if (typeof finding.data.term !== 'string') return undefined;
  const words = finding.actual.trim();
  return words !== '' && words.length <= 40 && words.split(/\s+/).length <= 4 ? words : undefined;
}

/** Alternatives shown at first; the rest behind "More". */
const SHOWN = 3;

/** A rule's note as the popover shows it: why it matters, then (folded away) its sources. */
export function splitNote(note: string): { why: string; sources: string | undefined } {
  const match = /\s(Sources?:\s.*)$/s.exec(note);
  if (!match) return { why: note, sources: undefined };
  return { why: note.slice(0, match.index).trim(), sources: match[1]!.replace(/^Sources?:\s*/, '').trim() };
}

/** The popover for one finding; `alternatives` are already fitted to where they go (case). */
export function buildPopover(finding: Finding, alternatives: readonly string[], actions: PopoverActions): HTMLElement {
  const close = h('button', { class: 'close', type: 'button', 'aria-label': 'Close', title: 'Close (Esc)' }, '×');
  close.addEventListener('click', () => actions.close());
  const buttons = alternatives.map((alternative, index) => {
    const button = h('button', { class: 'alt', type: 'button', title: `Replace with “${alternative}”`, ...(index >= SHOWN ? { hidden: '' } : {}) }, alternative);
    button.addEventListener('click', () => actions.apply(alternative));
    return button;
  });
  if (alternatives.length > SHOWN) {
    const more = h('button', { class: 'more', type: 'button', 'aria-label': 'Show more alternatives' }, `${alternatives.length - SHOWN} more`);
    more.addEventListener('click', () => {
      for (const button of buttons) button.hidden = false;
      more.remove();
    });
    buttons.push(more);
  }
  const note = finding.note ? splitNote(finding.note) : undefined;
  const once = h('button', { class: 'ignore once', type: 'button', title: 'Hide this one here, in this field, until the page is reloaded' }, 'Ignore here');
  once.addEventListener('click', () => actions.ignoreOnce());
  const site = h('button', { class: 'ignore site', type: 'button', title: `Hide “${finding.actual || categoryLabel(finding.data.category)}” for this rule everywhere on this site (the options page lists it)` }, 'Ignore on this site');
  site.addEventListener('click', () => actions.ignoreSite());
  const word = wordToAdd(finding);
  const add = word !== undefined && actions.addWord ? h('button', { class: 'ignore allow', type: 'button', title: `Never flag “${word}” anywhere (your words, on the options page)` }, 'Add to my words') : undefined;
  add?.addEventListener('click', () => actions.addWord?.());
  const card = h(
    'div',
    { class: 'card popover', role: 'dialog', 'aria-label': categoryLabel(finding.data.category), 'data-severity': finding.severity, 'data-rule': finding.ruleId },
    h('div', { class: 'head' }, h('span', { class: 'kind' }, categoryLabel(finding.data.category), h('span', { class: 'level' }, ` · ${levelLabel(finding.severity)}`)), close),
    h('p', { class: 'reason' }, finding.reason),
    buttons.length > 0 && h('div', { class: 'alternatives', role: 'group', 'aria-label': 'Replace with' }, ...buttons),
    note !== undefined && note.why !== '' && h('p', { class: 'note' }, note.why),
    note?.sources !== undefined && h('details', { class: 'sources' }, h('summary', {}, 'Sources'), h('p', {}, note.sources)),
    h('div', { class: 'foot' }, h('div', { class: 'ignores' }, once, site, add), h('span', { class: 'rule' }, finding.ruleId)),
  );
  // Clicks inside the card must not take focus (and the caret) away from the editor.
  card.addEventListener('mousedown', (event) => event.preventDefault());
  return card;
}
