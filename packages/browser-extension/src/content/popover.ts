/** The card shown on a finding: what and why, the alternatives as buttons, and "ignore". Built with text nodes only. */
import type { Finding } from '@carelint/core';
import { h } from '../dom.js';
import { categoryLabel, levelLabel } from './labels.js';

export interface PopoverActions {
  apply(alternative: string): void;
  ignore(): void;
  close(): void;
}

const MAX_ALTERNATIVES = 5;

/** The popover for one finding; `alternatives` are already fitted to where they go (case). */
export function buildPopover(finding: Finding, alternatives: readonly string[], actions: PopoverActions): HTMLElement {
  const close = h('button', { class: 'close', type: 'button', 'aria-label': 'Close', title: 'Close (Esc)' }, '×');
  close.addEventListener('click', () => actions.close());
  const buttons = alternatives.slice(0, MAX_ALTERNATIVES).map((alternative) => {
    const button = h('button', { class: 'alt', type: 'button', title: `Replace with “${alternative}”` }, alternative);
    button.addEventListener('click', () => actions.apply(alternative));
    return button;
  });
  const ignore = h('button', { class: 'ignore', type: 'button', title: 'Stop showing this on this site' }, 'Ignore');
  ignore.addEventListener('click', () => actions.ignore());
  const card = h(
    'div',
    { class: 'card popover', role: 'dialog', 'aria-label': categoryLabel(finding.data.category), 'data-severity': finding.severity, 'data-rule': finding.ruleId },
    h('div', { class: 'head' }, h('span', { class: 'kind' }, `${categoryLabel(finding.data.category)} · ${levelLabel(finding.severity)}`), close),
    h('p', { class: 'reason' }, finding.reason),
    buttons.length > 0 && h('div', { class: 'alternatives', role: 'group', 'aria-label': 'Replace with' }, ...buttons),
    finding.note !== undefined && finding.note !== '' && h('p', { class: 'note' }, finding.note),
    h('div', { class: 'foot' }, ignore, h('span', { class: 'rule' }, finding.ruleId)),
  );
  // Clicks inside the card must not take focus (and the caret) away from the editor.
  card.addEventListener('mousedown', (event) => event.preventDefault());
  return card;
}
