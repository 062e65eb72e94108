/** The card shown on a finding: what and why, the alternatives as buttons, and "ignore". Built with text nodes only. */
import type { Finding } from '@carelint/core';
import { h } from '../dom.js';
import { categoryLabel, levelLabel } from './labels.js';

export interface PopoverActions {
  apply(alternative: string): void;
  ignore(): void;
  close(): void;
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
  const ignore = h('button', { class: 'ignore', type: 'button', title: 'Stop showing this on this site' }, 'Ignore');
  ignore.addEventListener('click', () => actions.ignore());
  const card = h(
    'div',
    { class: 'card popover', role: 'dialog', 'aria-label': categoryLabel(finding.data.category), 'data-severity': finding.severity, 'data-rule': finding.ruleId },
    h('div', { class: 'head' }, h('span', { class: 'kind' }, categoryLabel(finding.data.category), h('span', { class: 'level' }, ` · ${levelLabel(finding.severity)}`)), close),
    h('p', { class: 'reason' }, finding.reason),
    buttons.length > 0 && h('div', { class: 'alternatives', role: 'group', 'aria-label': 'Replace with' }, ...buttons),
    note !== undefined && note.why !== '' && h('p', { class: 'note' }, note.why),
    note?.sources !== undefined && h('details', { class: 'sources' }, h('summary', {}, 'Sources'), h('p', {}, note.sources)),
    h('div', { class: 'foot' }, ignore, h('span', { class: 'rule' }, finding.ruleId)),
  );
  // Clicks inside the card must not take focus (and the caret) away from the editor.
  card.addEventListener('mousedown', (event) => event.preventDefault());
  return card;
}
