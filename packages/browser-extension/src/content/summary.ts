/** The pill on the focused field (how many suggestions) and the summary it opens: child's voice, tone, plan. */
import type { Finding } from '@carelint/core';
import { h } from '../dom.js';
import type { CheckState } from './checker.js';
import { countLabel, findingsByKind, summaryRows, worstLevel } from './labels.js';

export function buildPill(state: CheckState, onClick: () => void): HTMLButtonElement {
  const level = worstLevel(state.findings);
  const label = state.problem ? 'Not checked' : countLabel(state.findings.length);
  const pill = h(
    'button',
    { class: 'pill', type: 'button', title: 'carelint: summary of this note', 'aria-label': `carelint: ${label}. Open the summary.` },
    h('span', { class: 'dot', ...(level ? { 'data-severity': level } : {}) }),
    label,
  );
  pill.addEventListener('mousedown', (event) => event.preventDefault());
  pill.addEventListener('click', onClick);
  return pill;
}

export function buildSummary(state: CheckState, onClose: () => void): HTMLElement {
  const close = h('button', { class: 'close', type: 'button', 'aria-label': 'Close', title: 'Close (Esc)' }, '×');
  close.addEventListener('click', onClose);
  const rows = state.metrics ? summaryRows(state.metrics) : [];
  const list = h('dl', { class: 'rows' });
  if (state.metrics) list.append(h('dt', {}, 'Suggestions'), h('dd', { 'data-metric': 'findings' }, findingsByKind(state.findings)));
  for (const row of rows) {
    list.append(h('dt', {}, row.label), h('dd', { 'data-metric': row.key }, row.value));
  }
  const general = state.general.map((finding: Finding) => h('li', { 'data-rule': finding.ruleId }, finding.reason));
  const card = h(
    'div',
    { class: 'card summary', role: 'dialog', 'aria-label': 'Summary of this note' },
    h('div', { class: 'head' }, h('h2', {}, 'This note'), close),
    state.problem !== undefined && h('p', { class: 'note' }, state.problem),
    rows.length > 0 && list,
    general.length > 0 && h('ul', { class: 'general' }, ...general),
    h('div', { class: 'private' }, 'Checked on this device. Nothing you write is sent or stored.'),
  );
  card.addEventListener('mousedown', (event) => event.preventDefault());
  return card;
}
