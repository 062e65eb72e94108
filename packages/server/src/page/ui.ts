/**
 * The page's script: reads the form, runs the browser build of core in the page, and shows the verdict,
 * the metrics and each finding. Record text only ever reaches the DOM through `textContent`.
 */
import type * as Carelint from '../browser.js';
import { Editor } from './editor.js';
import type { PageSettings } from './html.js';
import { methodWords, plainReasons } from './plain.js';

type Lib = Pick<typeof Carelint, 'checkRecord' | 'presets'>;
type Report = Carelint.Report;
type Finding = Carelint.Finding;

const DEBOUNCE_MS = 300;

/** Wires the form to `lib`; called once by the page's boot script. */
export function mount(lib: Lib, settings: PageSettings): void {
  const form = byId<HTMLFormElement>('form');
  const record = byId<HTMLTextAreaElement>('record');
  const format = byId<HTMLSelectElement>('format');
  const documentType = byId<HTMLSelectElement>('documentType');
  const children = byId<HTMLInputElement>('children');
  const preset = byId<HTMLSelectElement>('preset');
  const status = byId('status');
  const editor = new Editor(record, byId('backdrop'), byId('undo'), byId('undo-text'), byId<HTMLButtonElement>('undo-button'), () => {
    clearTimeout(timer);
    run();
  });

  for (const name of Object.keys(lib.presets)) {
    const option = el('option', name);
    option.value = name;
    option.selected = name === settings.preset;
    preset.append(option);
  }

  const run = () => {
    const text = record.value;
    if (text.trim() === '') {
      byId('result').hidden = true;
      editor.mark(text, []);
      status.textContent = 'Paste a record to check it.';
      return;
    }
    const options: Carelint.LintOptions = { format: format.value as Carelint.Format, preset: preset.value as Carelint.PresetName };
    if (documentType.value) options.documentType = documentType.value as Carelint.DocumentType;
    const names = children.value.split(',').map((name) => name.trim()).filter(Boolean);
    if (names.length > 0) options.childNames = names;
    const started = performance.now();
    try {
      const result = lib.checkRecord(text, options, settings.policy);
      show(result, editor, plainReasons(result, settings.policy, options.documentType), options.format ?? 'text');
      editor.mark(text, result.report.messages);
      status.textContent = `Checked ${result.report.metrics.words} words in ${Math.round(performance.now() - started)} ms, in this page.`;
    } catch (error) {
      // The error's message could quote the record; its kind is enough here.
      byId('result').hidden = true;
      status.textContent = `The record could not be checked (${error instanceof Error ? error.name : 'error'}).`;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  record.addEventListener('input', later);
  for (const control of [format, documentType, children, preset]) control.addEventListener('change', later);
  status.textContent = 'Ready. Paste a record to check it.';
  document.body.dataset.carelint = 'ready';
}

/** Shows one result: verdict and reasons (in plain words), metrics, findings. */
function show(result: Carelint.CheckResult, editor: Editor, reasons: string[], format: Carelint.Format): void {
  const verdict = byId('verdict');
  verdict.textContent = { pass: 'Pass', warn: 'Warn: worth a look before you submit', fail: 'Fail: please change the record before you submit' }[result.verdict];
  verdict.className = `verdict ${result.verdict}`;
  byId('reasons').replaceChildren(...reasons.map((reason) => el('li', reason)));
  byId('metrics').replaceChildren(...metricCards(result.report));
  const findings = result.report.messages;
  byId('findings-title').textContent = findings.length === 0 ? 'Findings: none' : `Findings (${findings.length})`;
  byId('findings').replaceChildren(...findings.map((finding) => findingItem(finding, editor, format)));
  byId('result').hidden = false;
  document.body.dataset.findings = String(findings.length);
}

function metricCards(report: Report): HTMLElement[] {
  const m = report.metrics;
  const cards: Array<[string, string]> = [
    ['Words', `${m.words}`],
    ['Sentences', `${m.sentences}`],
    ['Jargon', `${m.jargon.count} (${m.jargon.per1000} per 1,000 words)`],
  ];
  if (m.tone) cards.push(['Tone: strengths to concerns', `${m.tone.positive} : ${m.tone.critical} (aim for ${m.tone.target} : 1)`]);
  if (m.childVoice) {
    const voice = m.childVoice;
    const status = { present: 'Present', absent: 'Absent', 'not-applicable': 'Not expected here' }[voice.status];
    cards.push(["Child's voice", `${status}: ${voice.quotes} quoted, ${voice.reportedViews} reported${voice.methods.length ? `; heard through ${voice.methods.map(methodWords).join(', ')}` : ''}`]);
  }
  if (m.plan) cards.push(['Plan actions', `${m.plan.complete} of ${m.plan.actions} complete; ${m.plan.vague} vague`]);
  if (m.readability && m.readability.age !== null) cards.push(['Reading age', `about ${Math.round(m.readability.age)}`]);
  return cards.map(([label, value]) => {
    const card = el('div');
    card.className = 'metric';
    card.append(el('dt', label), el('dd', value));
    return card;
  });
}

function findingItem(finding: Finding, editor: Editor, format: Carelint.Format): HTMLElement {
  const item = el('li');
  item.className = `finding ${finding.severity}`;
  item.dataset.ruleId = finding.ruleId;
  const where = el('div');
  where.className = 'where';
  const level = el('span', finding.severity);
  level.className = 'level';
  const place = finding.place.start;
  const jump = el('button', `Line ${place.line}, column ${place.column}`);
  jump.type = 'button';
  jump.className = 'link';
  jump.title = 'Show this in the record';
  jump.addEventListener('click', () => editor.show(finding));
  where.append(level, jump, el('span', `${finding.data.category} · ${finding.ruleId}`));
  item.append(where);
  if (finding.actual) {
    const actual = el('q', format === 'html' ? withoutMarkup(finding.actual) : finding.actual);
    actual.className = 'actual';
    item.append(actual);
  }
  const reason = el('p', finding.reason);
  reason.className = 'reason';
  item.append(reason);
  if (finding.expected.length > 0) {
    const suggestions = el('div');
    suggestions.className = 'suggestions';
    suggestions.append(el('span', 'Try:'));
    for (const word of finding.expected) {
      const chip = el('button', word);
      chip.type = 'button';
      chip.className = 'suggestion';
      chip.title = finding.actual ? `Use “${word}” instead of “${finding.actual}”` : `Use “${word}”`;
      chip.disabled = finding.place.end.offset <= finding.place.start.offset;
      chip.addEventListener('click', () => {
        if (!editor.apply(finding, word)) byId('status').textContent = 'The record has changed since it was checked; check it again first.';
      });
      suggestions.append(chip);
    }
    item.append(suggestions);
  }
  if (finding.note) {
    const note = el('p', finding.note);
    note.className = 'note';
    item.append(note);
  }
  return item;
}

/** The words of an HTML fragment as a reader sees them (tags dropped, entities read); parsed inert, never shown as HTML. */
function withoutMarkup(fragment: string): string {
  return new DOMParser().parseFromString(fragment, 'text/html').body.textContent ?? fragment;
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

/** An element with its text set through textContent: record text is never parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}
