import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packageDir } from '../engine/version.js';
import { toneBands, unknownGroup, type GroupSummary } from '../summary/aggregate.js';
import type { Summary } from '../summary/summary.js';

/** Escapes text for HTML content and attribute values. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that is safe inside a `<script type="application/json">`: no `<` can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const count = new Intl.NumberFormat('en-GB');
const n = (value: number): string => count.format(value);
const percent = (share: number | null): string => (share === null ? '–' : `${(share * 100).toFixed(1)}%`);
const decimal = (value: number | null, places = 1): string => (value === null ? '–' : value.toFixed(places));

/** Chart.js (MIT), bundled into the report so it draws offline; its own banner and licence travel with it. */
function chartLibrary(): { code: string; licence: string } {
  const require = createRequire(join(packageDir(), 'package.json'));
  const dist = dirname(require.resolve('chart.js'));
  const code = readFileSync(join(dist, 'chart.umd.min.js'), 'utf8')
    .replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n')
    .replace(/<\/script/gi, '<\\/script');
  const licence = readFileSync(join(dist, '..', 'LICENSE.md'), 'utf8');
  return { code, licence };
}

function asset(name: string): string {
  return readFileSync(join(packageDir(), 'assets', name), 'utf8').replace(/<\/script/gi, '<\\/script');
}

/** A table with a caption, column headers and one header cell per row. */
function table(caption: string, columns: string[], rows: Array<Array<string | number>>, id?: string): string {
  const head = columns.map((column, index) => `<th scope="col"${index > 0 ? ' class="num"' : ''}>${esc(column)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td class="num">${esc(cell)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<div class="table-wrap"><table${id ? ` id="${id}"` : ''}><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** A chart: a canvas the script draws on, named for screen readers, and the table it was drawn from. */
function chart(id: string, label: string, description: string): string {
  return `<figure class="chart"><div class="canvas-box"><canvas id="${id}" role="img" aria-label="${esc(label)}. ${esc(description)}"></canvas></div><figcaption>${esc(label)}. <span class="muted">${esc(description)}</span></figcaption></figure>`;
}

function notMeasured(what: string, plural = false): string {
  return `<p class="note" role="note">${esc(what)} ${plural ? 'were' : 'was'} not measured in this audit: this version of carelint does not report it yet. The other figures are complete.</p>`;
}

/** A positive ÷ critical ratio as a person would say it: 0.3 is "1 : 3.3", 2 is "2 : 1". */
export function ratioText(ratio: number | null): string {
  if (ratio === null) return '–';
  if (ratio <= 0) return '0 : 1';
  const short = (value: number): string => String(Math.round(value * 10) / 10);
  return ratio >= 1 ? `${short(ratio)} : 1` : `1 : ${short(1 / ratio)}`;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How a group key reads in the report: the summary's `unknown` is a missing value, not a name; months as "Sep 2025". */
function groupName(key: string, what: string): string {
  if (key === unknownGroup) return `(no ${what})`;
  const month = what === 'date' ? /^(\d{4})-(\d{2})$/.exec(key) : null;
  return month ? `${monthNames[Number(month[2]) - 1]} ${month[1]}` : key;
}

/** A section with nothing to show: one line saying so, instead of empty charts and tables. */
function nothing(text: string): string {
  return `<p class="note empty" role="note">${esc(text)}</p>`;
}

const groupColumns = ['Records', 'Errors', 'Words', 'Jargon per 1,000 words', "Child's voice", 'Tone, positive : critical (median)', 'Plan actions complete'];
function groupRow(name: string, group: GroupSummary): Array<string | number> {
  return [name, n(group.records), n(group.errors), n(group.words), decimal(group.jargon.per1000, 2), percent(group.childVoice.share), ratioText(group.tone.median), percent(group.plan.share)];
}

/** The parts of report.html above the records' data, rendered on the server so they read without script too. */
function sections(summary: Summary, tableLimit: number, snippets: boolean): string {
  const o = summary.overall;
  const voiceMeasured = o.childVoice.measured > 0;
  const planMeasured = o.plan.measured > 0;
  const toneMeasured = o.tone.measured > 0;
  const teams = Object.entries(summary.byTeam).map(([key, group]) => [groupName(key, 'team'), group] as const);
  const months = Object.entries(summary.byMonth).map(([key, group]) => [groupName(key, 'date'), group] as const);
  const authors = Object.entries(summary.byAuthor).map(([key, group]) => [groupName(key, 'author'), group] as const);
  const hasTeams = Object.keys(summary.byTeam).some((key) => key !== unknownGroup);
  const hasMonths = Object.keys(summary.byMonth).some((key) => key !== unknownGroup);
  const hasAuthors = Object.keys(summary.byAuthor).some((key) => key !== unknownGroup);
  // Per-team tables of the child's voice, tone and plans: one row for all records when no record names a team.
  const sides: ReadonlyArray<readonly [string, GroupSummary]> = hasTeams ? teams : [['All records', o]];
  const figure = (label: string, value: string, detail: string) =>
    `<div class="figure"><dt>${esc(label)}</dt><dd><span class="value${value === 'not measured' ? ' quiet' : ''}">${esc(value)}</span><span class="detail">${esc(detail)}</span></dd></div>`;

  const headline = `<dl class="figures">
${figure('Records', n(summary.records), `${n(summary.linted)} checked + ${n(summary.errors)} could not be read`)}
${figure('Words', n(o.words), `${n(o.sentences)} sentences`)}
${figure('Jargon per 1,000 words', decimal(o.jargon.per1000, 2), `${n(o.jargon.count)} terms flagged`)}
${figure("Child's voice", voiceMeasured ? percent(o.childVoice.share) : 'not measured', voiceMeasured ? `of ${n(o.childVoice.present + o.childVoice.absent)} records about a child` : 'not reported by this version')}
${figure('Tone, positive : critical (median)', toneMeasured ? ratioText(o.tone.median) : 'not measured', toneMeasured ? `over ${n(o.tone.measured - o.tone.distribution['no-critical'])} records with critical wording` : 'not reported by this version')}
${figure('Plan actions complete', planMeasured ? percent(o.plan.share) : 'not measured', planMeasured ? `${n(o.plan.complete)} of ${n(o.plan.actions)} say who, what and when` : 'not reported by this version')}
${figure('Verdicts', `${n(o.verdicts.pass)} pass`, `${n(o.verdicts.warn)} warn, ${n(o.verdicts.fail)} fail`)}
</dl>`;

  const termRows = o.topTerms.map((term) => [term.term, term.category, n(term.count), n(term.records), term.alternatives.slice(0, 3).join('; ') || (term.category === 'acronym' ? '(say it in full)' : '(describe what happened instead)')]);
  const termsTable = `<div class="table-wrap"><table id="terms-table"><caption>Most frequent terms, what to write instead, and how often they were found</caption><thead><tr><th scope="col">Term</th><th scope="col">Kind</th><th scope="col" class="num">Found</th><th scope="col" class="num">In records</th><th scope="col">Write instead</th></tr></thead><tbody>
${termRows.map(([term, kind, found, records, instead]) => `<tr><th scope="row">${esc(term!)}</th><td>${esc(kind!)}</td><td class="num">${esc(found!)}</td><td class="num">${esc(records!)}</td><td>${esc(instead!)}</td></tr>`).join('\n')}
</tbody></table></div>`;

  const bandColumns = toneBands.map((band) => band.label);
  const recordsNote = snippets
    ? 'This report includes short extracts of the records around each finding (--snippets): share it only with people allowed to read the records.'
    : 'The records’ text is not in this report: only the phrases that were flagged.';

  return `
<header>
<h1>Recording quality audit</h1>
<p class="lead">${n(summary.records)} records from ${esc(summary.inputs.join(', '))}: ${n(summary.linted)} checked, ${n(summary.errors)} could not be read or checked. Made by carelint ${esc(summary.carelint.audit)} (core ${esc(summary.carelint.core)}) on this computer; nothing was sent anywhere.</p>
<nav aria-label="Sections"><ul>
<li><a href="#headline">Headline figures</a></li><li><a href="#months">Trends by month</a></li><li><a href="#teams">Teams</a></li><li><a href="#terms">Terms</a></li><li><a href="#voice">Child's voice</a></li><li><a href="#tone">Tone</a></li><li><a href="#plans">Plans</a></li><li><a href="#authors">Authors</a></li><li><a href="#records">Records</a></li>
</ul></nav>
</header>
<main>
<section id="headline" aria-labelledby="headline-h"><h2 id="headline-h">Headline figures</h2>
${headline}
<p class="muted">Records = checked + could not be read. Jargon counts jargon, acronyms and stigmatising words. The child's voice share counts records about a child that hold the child's own words or views. The tone ratio is positive ÷ critical wording in a record.</p>
</section>

<section id="months" aria-labelledby="months-h"><h2 id="months-h">Trends by month</h2>
${hasMonths ? `${chart('chart-months-jargon', 'Jargon per 1,000 words, by month', 'Lower is better. The table below has the same figures.')}
${voiceMeasured || planMeasured ? chart('chart-months-shares', "Child's voice and complete plan actions, by month (%)", 'Higher is better. Lines differ in colour, dash and marker.') : notMeasured("The child's voice and plan completeness", true)}
${table('Figures by month', ['Month', ...groupColumns], months.map(([name, group]) => groupRow(name, group)), 'months-table')}` : nothing('No record has a date that could be read, so there are no trends by month.')}
</section>

<section id="teams" aria-labelledby="teams-h"><h2 id="teams-h">Teams side by side</h2>
${hasTeams ? `${chart('chart-teams', 'Jargon per 1,000 words, by team', 'Lower is better. The table below has the same figures.')}
${voiceMeasured || planMeasured ? chart('chart-teams-shares', "Child's voice and complete plan actions, by team (%)", 'Higher is better. Bars differ in colour and pattern.') : ''}
${table('Figures by team', ['Team', ...groupColumns], teams.map(([name, group]) => groupRow(name, group)), 'teams-table')}` : nothing('No record names a team, so teams cannot be compared.')}
</section>

<section id="terms" aria-labelledby="terms-h"><h2 id="terms-h">Most frequent terms, and what to write instead</h2>
${o.topTerms.length > 0 ? `${chart('chart-terms', 'Most frequent terms', 'Number of times each was found. The table below gives the alternatives.')}
${termsTable}` : nothing('No jargon, acronyms or stigmatising words were flagged.')}
</section>

<section id="voice" aria-labelledby="voice-h"><h2 id="voice-h">The child's voice</h2>
${!voiceMeasured ? notMeasured("The child's voice") : o.childVoice.present + o.childVoice.absent + o.childVoice.notApplicable === 0 ? nothing('No record was checked for the child’s voice.') : `${chart('chart-voice', hasTeams ? "Child's voice by team" : "Child's voice in all records", 'Records about a child with and without the child’s words or views; records not about a child are counted apart.')}
${table(hasTeams ? "Child's voice by team" : "Child's voice", [hasTeams ? 'Team' : 'Records', 'With the child’s voice', 'Without', 'Not about a child', 'Share'], sides.map(([name, g]) => [name, n(g.childVoice.present), n(g.childVoice.absent), n(g.childVoice.notApplicable), percent(g.childVoice.share)]), 'voice-table')}`}
</section>

<section id="tone" aria-labelledby="tone-h"><h2 id="tone-h">Tone</h2>
${toneMeasured ? `${chart('chart-tone', 'How balanced the tone of records is', 'Records by positive : critical ratio, against the target.')}
${table(hasTeams ? 'Tone by team: records in each band, and the median positive : critical ratio' : 'Tone: records in each band, and the median positive : critical ratio', [hasTeams ? 'Team' : 'Records', ...bandColumns, 'Median, positive : critical'], sides.map(([name, g]) => [name, ...toneBands.map((band) => n(g.tone.distribution[band.id])), ratioText(g.tone.median)]), 'tone-table')}` : notMeasured('Tone')}
</section>

<section id="plans" aria-labelledby="plans-h"><h2 id="plans-h">Plan completeness</h2>
${!planMeasured ? notMeasured('Plan completeness') : o.plan.actions === 0 ? nothing('No plan actions were found in these records.') : `${chart('chart-plans', hasTeams ? 'Plan actions by team: complete and not complete' : 'Plan actions in all records: complete and not complete', 'A complete action says who will do what, by when.')}
${table(hasTeams ? 'Plan actions by team' : 'Plan actions', [hasTeams ? 'Team' : 'Records', 'Actions', 'Complete', 'Vague wording', 'Share complete'], sides.map(([name, g]) => [name, n(g.plan.actions), n(g.plan.complete), n(g.plan.vague), percent(g.plan.share)]), 'plans-table')}`}
</section>

<section id="authors" aria-labelledby="authors-h"><h2 id="authors-h">By author</h2>
${hasAuthors ? table('Figures by author', ['Author', ...groupColumns], authors.map(([name, group]) => groupRow(name, group)), 'authors-table') : nothing('No record names its author.')}
</section>

<section id="records" aria-labelledby="records-h"><h2 id="records-h">Records</h2>
<p>${esc(recordsNote)} ${summary.records > tableLimit ? `The table holds the first ${n(tableLimit)} of ${n(summary.records)} records; records.jsonl has them all.` : ''}</p>
<form id="filters" class="filters" role="search" aria-label="Filter records">
<label>Search <input type="search" id="filter-text" placeholder="id, author, team or phrase"></label>
<label>Team <select id="filter-team"><option value="">All</option></select></label>
<label>Month <select id="filter-month"><option value="">All</option></select></label>
<label>Verdict <select id="filter-verdict"><option value="">All</option><option value="pass">pass</option><option value="warn">warn</option><option value="fail">fail</option><option value="error">could not be read</option></select></label>
</form>
<p id="records-status" role="status" aria-live="polite"></p>
<div class="table-wrap"><table id="records-table"><caption>Records (select a column heading to sort)</caption><thead><tr></tr></thead><tbody></tbody></table></div>
<div class="pager"><button type="button" id="page-prev">Previous page</button> <span id="page-info"></span> <button type="button" id="page-next">Next page</button></div>
<noscript><p>Turn on JavaScript to see the charts and the table of records; every figure above is also in the tables.</p></noscript>
</section>
</main>`;
}

/** Writes a string to a file descriptor in full. */
function put(fd: number, text: string): void {
  const buffer = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < buffer.length) offset += writeSync(fd, buffer, offset);
}

/**
 * Writes report.html: one self-contained file (inline styles, scripts and data; a content security policy that
 * allows no network at all). The table's rows are copied from `rowsFile` (one JSON array per line) in chunks,
 * so the report of any number of records is written in flat memory.
 */
export function writeReport(path: string, options: { summary: Summary; rowsFile: string; rows: number; tableLimit: number; snippets: boolean }): void {
  const { summary, rowsFile, tableLimit, snippets } = options;
  const { code, licence } = chartLibrary();
  const fd = openSync(path, 'w');
  try {
    put(fd, `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>Recording quality audit: ${esc(n(summary.records))} records</title>
<style>
${asset('report.css')}
</style>
</head>
<body>
<a class="skip" href="#records">Skip to the records</a>
${sections(summary, tableLimit, snippets)}
<footer><p>Made with carelint. Charts drawn with Chart.js, included in this file under its licence:</p><details><summary>Chart.js licence (MIT)</summary><pre>${esc(licence)}</pre></details></footer>
<script type="application/json" id="audit-summary">${scriptJson(summary)}</script>
<script type="application/json" id="audit-options">${scriptJson({ snippets })}</script>
<script type="application/json" id="audit-records">[`);
    // Rows: comma-separated, copied from the temporary file without holding it in memory.
    const source = openSync(rowsFile, 'r');
    try {
      const chunk = Buffer.alloc(1024 * 1024);
      for (let read = readSync(source, chunk); read > 0; read = readSync(source, chunk)) {
        let offset = 0;
        while (offset < read) offset += writeSync(fd, chunk, offset, read - offset);
      }
    } finally {
      closeSync(source);
    }
    put(fd, `]</script>
<script>
${code}
</script>
<script>
${asset('report.js')}
</script>
</body>
</html>
`);
  } finally {
    closeSync(fd);
  }
}
