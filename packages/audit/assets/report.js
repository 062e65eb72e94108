// carelint audit report: draws the charts (Chart.js, included above) and runs the table of records.
// Data comes from the JSON blocks in this file; nothing is fetched. Record data is only ever set as text, never as HTML.
(function () {
  'use strict';
  var summary = JSON.parse(document.getElementById('audit-summary').textContent);
  var options = JSON.parse(document.getElementById('audit-options').textContent);
  var records = JSON.parse(document.getElementById('audit-records').textContent);
  var number = new Intl.NumberFormat('en-GB');

  // Okabe–Ito colours (safe for colour-blind readers); every series also differs by pattern, dash or marker.
  var colours = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
  var markers = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'];

  /** A fill for series `index`: solid, stripes, dots, cross-hatch… so bars differ without colour. */
  function fill(index) {
    var colour = colours[index % colours.length];
    var kind = index % 4;
    if (kind === 0) return colour;
    var tile = document.createElement('canvas');
    tile.width = 10;
    tile.height = 10;
    var c = tile.getContext('2d');
    c.fillStyle = colour;
    c.fillRect(0, 0, 10, 10);
    c.strokeStyle = '#ffffff';
    c.fillStyle = '#ffffff';
    c.lineWidth = 2;
    if (kind === 1) {
      c.beginPath(); c.moveTo(0, 10); c.lineTo(10, 0); c.moveTo(-5, 5); c.lineTo(5, -5); c.moveTo(5, 15); c.lineTo(15, 5); c.stroke();
    } else if (kind === 2) {
      c.beginPath(); c.arc(5, 5, 2, 0, Math.PI * 2); c.fill();
    } else {
      c.beginPath(); c.moveTo(0, 5); c.lineTo(10, 5); c.moveTo(5, 0); c.lineTo(5, 10); c.stroke();
    }
    return c.createPattern(tile, 'repeat');
  }

  var charts = 0;
  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (!canvas || typeof Chart === 'undefined') return;
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
    new Chart(canvas, config);
    charts += 1;
  }

  var percent = function (share) { return share === null ? null : Math.round(share * 1000) / 10; };
  var months = Object.keys(summary.byMonth).filter(function (m) { return m !== 'unknown' && summary.byMonth[m].linted > 0; });
  // Groups with nothing checked (only error rows) have no figures to draw; the tables still list them. When no
  // record names a team, the per-team charts show all records as one bar rather than one labelled "unknown".
  var named = Object.keys(summary.byTeam).some(function (t) { return t !== 'unknown'; });
  var byTeam = named ? summary.byTeam : { 'All records': summary.overall };
  var teams = Object.keys(byTeam).filter(function (t) { return byTeam[t].linted > 0; });
  var teamLabels = teams.map(function (t) { return t === 'unknown' ? '(no team)' : t; });
  var voiceMeasured = summary.overall.childVoice.measured > 0;
  var planMeasured = summary.overall.plan.measured > 0;
  var axisPercent = { beginAtZero: true, max: 100, title: { display: true, text: '%' } };

  if (typeof Chart !== 'undefined') {
    Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
    Chart.defaults.font.size = 13;
    Chart.defaults.color = '#1b1b1b';
  }

  var monthShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var monthLabels = months.map(function (m) { return monthShort[Number(m.slice(5, 7)) - 1] + ' ' + m.slice(0, 4); });
  draw('chart-months-jargon', {
    type: 'line',
    data: { labels: monthLabels, datasets: [{ label: 'Jargon per 1,000 words', data: months.map(function (m) { return summary.byMonth[m].jargon.per1000; }), borderColor: colours[0], backgroundColor: colours[0], pointStyle: markers[0], pointRadius: 4 }] },
    options: { scales: { y: { beginAtZero: true, title: { display: true, text: 'per 1,000 words' } } } },
  });

  function shareSets(groups, keys, line) {
    var sets = [];
    if (voiceMeasured) sets.push({ label: "Child's voice (% of records about a child)", data: keys.map(function (k) { return percent(groups[k].childVoice.share); }) });
    if (planMeasured) sets.push({ label: 'Plan actions complete (%)', data: keys.map(function (k) { return percent(groups[k].plan.share); }) });
    return sets.map(function (set, i) {
      return Object.assign(set, line
        ? { borderColor: colours[i], backgroundColor: colours[i], pointStyle: markers[i], pointRadius: 5, borderDash: i === 0 ? [] : [6, 4] }
        : { backgroundColor: fill(i), borderColor: colours[i], borderWidth: 1 });
    });
  }
  draw('chart-months-shares', { type: 'line', data: { labels: monthLabels, datasets: shareSets(summary.byMonth, months, true) }, options: { scales: { y: axisPercent } } });

  draw('chart-teams', {
    type: 'bar',
    data: { labels: teamLabels, datasets: [{ label: 'Jargon per 1,000 words', data: teams.map(function (t) { return byTeam[t].jargon.per1000; }), backgroundColor: fill(0), borderColor: colours[0], borderWidth: 1 }] },
    options: { scales: { y: { beginAtZero: true, title: { display: true, text: 'per 1,000 words' } } } },
  });
  draw('chart-teams-shares', { type: 'bar', data: { labels: teamLabels, datasets: shareSets(byTeam, teams, false) }, options: { scales: { y: axisPercent } } });

  var terms = summary.overall.topTerms.slice(0, 15);
  // Tall enough for a readable label on every bar, and every label drawn (Chart.js skips some by default).
  var termsBox = document.getElementById('chart-terms');
  if (termsBox) termsBox.parentNode.style.height = Math.max(320, 60 + terms.length * 30) + 'px';
  draw('chart-terms', {
    type: 'bar',
    data: { labels: terms.map(function (t) { return t.term; }), datasets: [{ label: 'Times found', data: terms.map(function (t) { return t.count; }), backgroundColor: fill(0), borderColor: colours[0], borderWidth: 1 }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { y: { ticks: { autoSkip: false } }, x: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'times found' } } } },
  });

  if (voiceMeasured) {
    var voiceParts = [['present', 'With the child’s voice'], ['absent', 'Without the child’s voice'], ['notApplicable', 'Not about a child']];
    draw('chart-voice', {
      type: 'bar',
      data: { labels: teamLabels, datasets: voiceParts.map(function (part, i) { return { label: part[1], data: teams.map(function (t) { return byTeam[t].childVoice[part[0]]; }), backgroundColor: fill(i), borderColor: colours[i], borderWidth: 1 }; }) },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'records' } } } },
    });
  }

  if (summary.overall.tone.measured > 0) {
    draw('chart-tone', {
      type: 'bar',
      data: { labels: summary.toneBands.map(function (b) { return b.label; }), datasets: [{ label: 'Records', data: summary.toneBands.map(function (b) { return summary.overall.tone.distribution[b.id]; }), backgroundColor: summary.toneBands.map(function (b, i) { return fill(i); }), borderColor: '#1b1b1b', borderWidth: 1 }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'records' } } } },
    });
  }

  if (planMeasured) {
    draw('chart-plans', {
      type: 'bar',
      data: { labels: teamLabels, datasets: [
        { label: 'Complete (who, what, when)', data: teams.map(function (t) { return byTeam[t].plan.complete; }), backgroundColor: fill(2), borderColor: colours[2], borderWidth: 1 },
        { label: 'Not complete', data: teams.map(function (t) { return byTeam[t].plan.actions - byTeam[t].plan.complete; }), backgroundColor: fill(1), borderColor: colours[1], borderWidth: 1 },
      ] },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'plan actions' } } } },
    });
  }
  document.body.setAttribute('data-charts', String(charts));

  // ---- The table of records ------------------------------------------------------------------------------------
  // Row layout written by src/report/rows.ts.
  var C = { id: 0, date: 1, month: 2, team: 3, author: 4, type: 5, words: 6, jargon: 7, per1000: 8, tone: 9, voice: 10, planComplete: 11, planActions: 12, verdict: 13, phrases: 14, error: 15, day: 16, toneCounts: 17, findings: 18, more: 19, snippets: 20 };
  var voiceText = { present: 'yes', absent: 'no', 'not-applicable': 'not about a child' };
  var verdictText = { pass: '✓ pass', warn: '! warn', fail: '✗ fail', error: '⚠ could not be read' };
  var levelText = { error: '✗ error', warning: '! warning', info: 'i info' };
  var monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  /** One date format for every record, whatever the export wrote: "26 Sep 2025" (or "Sep 2025" for a month alone). */
  function dateText(row) {
    var day = row[C.day];
    if (day) return Number(day.slice(8, 10)) + ' ' + monthNames[Number(day.slice(5, 7)) - 1] + ' ' + day.slice(0, 4);
    var month = row[C.month];
    if (month) return monthNames[Number(month.slice(5, 7)) - 1] + ' ' + month.slice(0, 4);
    return row[C.date] ? 'not a date' : '–';
  }
  /** Tone as counts of positive to critical wording: "1 : 3". */
  function toneText(row) {
    var counts = row[C.toneCounts];
    if (!counts) return '–';
    return counts[1] === 0 ? (counts[0] > 0 ? counts[0] + ' : 0' : '–') : counts[0] + ' : ' + counts[1];
  }
  var columns = [
    { key: C.id, label: 'Record' },
    { key: C.day, label: 'Date' },
    { key: C.team, label: 'Team' },
    { key: C.author, label: 'Author' },
    { key: C.words, label: 'Words', num: true },
    { key: C.jargon, label: 'Jargon', num: true },
    { key: C.per1000, label: 'Per 1,000 words', num: true },
    { key: C.tone, label: 'Tone (positive : critical)', num: true },
    { key: C.voice, label: "Child's voice" },
    { key: C.planComplete, label: 'Plan actions complete', num: true },
    { key: C.verdict, label: 'Verdict' },
    { key: C.phrases, label: 'Flagged phrases', sortable: false },
  ];
  var table = document.getElementById('records-table');
  var headRow = table.tHead.rows[0];
  var body = table.tBodies[0];
  var status = document.getElementById('records-status');
  var pageSize = 50;
  var page = 0;
  var sortKey = null;
  var sortDir = 1;
  var shown = records;
  var open = new Set();

  columns.forEach(function (column) {
    var th = document.createElement('th');
    th.scope = 'col';
    if (column.num) th.className = 'num';
    if (column.sortable === false) {
      th.textContent = column.label;
    } else {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = column.label;
      button.addEventListener('click', function () {
        sortDir = sortKey === column.key ? -sortDir : 1;
        sortKey = column.key;
        Array.prototype.forEach.call(headRow.cells, function (cell) { cell.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', sortDir === 1 ? 'ascending' : 'descending');
        apply();
      });
      th.appendChild(button);
    }
    headRow.appendChild(th);
  });

  function fillSelect(id, values) {
    var select = document.getElementById(id);
    values.forEach(function (value) {
      var option = document.createElement('option');
      option.value = value;
      option.textContent = id === 'filter-month' ? monthNames[Number(value.slice(5, 7)) - 1] + ' ' + value.slice(0, 4) : value;
      select.appendChild(option);
    });
  }
  function distinct(index) {
    var seen = Object.create(null);
    records.forEach(function (row) { if (row[index] !== null) seen[row[index]] = true; });
    return Object.keys(seen).sort();
  }
  fillSelect('filter-team', distinct(C.team));
  fillSelect('filter-month', distinct(C.month));

  function compare(a, b) {
    var x = a[sortKey];
    var y = b[sortKey];
    if (sortKey === C.planComplete) { x = a[C.planActions] ? a[C.planComplete] / a[C.planActions] : null; y = b[C.planActions] ? b[C.planComplete] / b[C.planActions] : null; }
    if (sortKey === C.day) { x = a[C.day] || a[C.month]; y = b[C.day] || b[C.month]; }
    if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
    if (y === null || y === undefined) return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sortDir;
    return String(x).localeCompare(String(y), 'en-GB', { numeric: true }) * sortDir;
  }

  function apply() {
    var text = document.getElementById('filter-text').value.trim().toLowerCase();
    var team = document.getElementById('filter-team').value;
    var month = document.getElementById('filter-month').value;
    var verdict = document.getElementById('filter-verdict').value;
    shown = records.filter(function (row) {
      if (team && row[C.team] !== team) return false;
      if (month && row[C.month] !== month) return false;
      if (verdict && row[C.verdict] !== verdict) return false;
      if (!text) return true;
      var haystack = [row[C.id], row[C.team], row[C.author], row[C.type]].concat(row[C.phrases].map(function (p) { return p[0]; })).join('\u0000').toLowerCase();
      return haystack.indexOf(text) >= 0;
    });
    if (sortKey !== null) shown = shown.slice().sort(compare);
    page = 0;
    render();
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    if (className) td.className = className;
    td.textContent = text;
    row.appendChild(td);
    return td;
  }
  function element(tag, text, className) {
    var el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  /** The opened part of a row: the record's findings (rule, level, line, flagged phrase, why), as a table. */
  function details(record, index) {
    var tr = element('tr', null, 'record-details');
    tr.id = 'record-details-' + index;
    var td = element('td');
    td.colSpan = columns.length;
    tr.appendChild(td);
    var facts = [];
    if (record[C.type]) facts.push('Type: ' + record[C.type]);
    if (record[C.date] && !record[C.day] && !record[C.month]) facts.push('The date in the export could not be read.');
    if (facts.length > 0) td.appendChild(element('p', facts.join(' · '), 'muted'));
    if (record[C.error]) {
      td.appendChild(element('p', 'This record could not be read or checked: ' + record[C.error]));
      return tr;
    }
    var findings = record[C.findings] || [];
    if (findings.length === 0) {
      td.appendChild(element('p', 'No findings: nothing in this record was flagged.'));
      return tr;
    }
    var list = element('table', null, 'findings');
    list.appendChild(element('caption', 'Findings in ' + record[C.id] + ' (' + number.format(findings.length + (record[C.more] || 0)) + ')'));
    var head = element('tr');
    ['Level', 'Rule', 'Line', 'Flagged phrase', 'Why'].forEach(function (label, i) {
      var th = element('th', label, i === 2 ? 'num' : null);
      th.scope = 'col';
      head.appendChild(th);
    });
    list.appendChild(element('thead')).appendChild(head);
    var rows = list.appendChild(element('tbody'));
    findings.forEach(function (f) {
      var row = element('tr');
      row.appendChild(element('td', levelText[f[1]] || f[1], 'level level-' + f[1]));
      row.appendChild(element('td', f[0], 'rule'));
      row.appendChild(element('td', String(f[2]), 'num'));
      row.appendChild(element('td', f[3] === null ? '(a whole sentence or passage: not copied here)' : f[3], f[3] === null ? 'muted' : 'phrase'));
      row.appendChild(element('td', f[4]));
      rows.appendChild(row);
    });
    td.appendChild(list);
    if (record[C.more] > 0) td.appendChild(element('p', 'and ' + number.format(record[C.more]) + ' more in records.jsonl', 'muted'));
    var snippets = options.snippets ? record[C.snippets] || [] : [];
    if (snippets.length > 0) {
      td.appendChild(element('p', 'Extracts (--snippets):', 'muted'));
      var ul = td.appendChild(element('ul', null, 'phrases'));
      snippets.forEach(function (s) { ul.appendChild(element('li', s[1] + ': ' + s[2], 'snippet')); });
    }
    return tr;
  }

  function render() {
    var start = page * pageSize;
    var slice = shown.slice(start, start + pageSize);
    var fragment = document.createDocumentFragment();
    slice.forEach(function (record, offset) {
      var index = start + offset;
      var tr = document.createElement('tr');
      var th = document.createElement('th');
      th.scope = 'row';
      var toggle = element('button', null, 'open');
      toggle.type = 'button';
      toggle.setAttribute('aria-expanded', open.has(record) ? 'true' : 'false');
      toggle.setAttribute('aria-controls', 'record-details-' + index);
      toggle.appendChild(element('span', open.has(record) ? '▾' : '▸', 'marker')).setAttribute('aria-hidden', 'true');
      toggle.appendChild(element('span', record[C.id], 'record-id'));
      toggle.title = 'Show this record’s findings';
      toggle.addEventListener('click', function () {
        if (open.has(record)) open.delete(record); else open.add(record);
        render();
        var again = document.querySelector('[aria-controls="record-details-' + index + '"]');
        if (again) again.focus();
      });
      th.appendChild(toggle);
      tr.appendChild(th);
      cell(tr, dateText(record), 'date');
      cell(tr, record[C.team] || '–');
      cell(tr, record[C.author] || '–');
      cell(tr, record[C.words] === null ? '–' : number.format(record[C.words]), 'num');
      cell(tr, record[C.jargon] === null ? '–' : number.format(record[C.jargon]), 'num');
      cell(tr, record[C.per1000] === null ? '–' : record[C.per1000].toFixed(1), 'num');
      cell(tr, toneText(record), 'num tone');
      cell(tr, record[C.voice] === null ? '–' : voiceText[record[C.voice]] || record[C.voice]);
      cell(tr, record[C.planActions] ? record[C.planComplete] + ' of ' + record[C.planActions] : '–', 'num');
      var findings = (record[C.findings] || []).length + (record[C.more] || 0);
      var verdict = cell(tr, verdictText[record[C.verdict]] || record[C.verdict], 'verdict verdict-' + record[C.verdict]);
      if (findings > 0) verdict.appendChild(element('span', number.format(findings) + (findings === 1 ? ' finding' : ' findings'), 'count'));
      var last = cell(tr, '', 'flagged');
      if (record[C.error]) {
        last.textContent = record[C.error];
      } else if (record[C.phrases].length > 0) {
        last.textContent = record[C.phrases].map(function (p) { return p[1] > 1 ? p[0] + ' ×' + p[1] : p[0]; }).join('; ');
      } else {
        last.textContent = findings > 0 ? 'no terms; open the record for its findings' : '–';
        last.className = 'flagged muted';
      }
      fragment.appendChild(tr);
      if (open.has(record)) fragment.appendChild(details(record, index));
    });
    body.replaceChildren(fragment);
    var pages = Math.max(1, Math.ceil(shown.length / pageSize));
    document.getElementById('page-info').textContent = 'Page ' + (page + 1) + ' of ' + number.format(pages);
    document.getElementById('page-prev').disabled = page === 0;
    document.getElementById('page-next').disabled = page >= pages - 1;
    status.textContent = shown.length === records.length
      ? number.format(records.length) + ' records'
      : number.format(shown.length) + ' of ' + number.format(records.length) + ' records match';
  }

  document.getElementById('filters').addEventListener('submit', function (event) { event.preventDefault(); });
  var timer = null;
  document.getElementById('filter-text').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 200); });
  ['filter-team', 'filter-month', 'filter-verdict'].forEach(function (id) { document.getElementById(id).addEventListener('change', apply); });
  document.getElementById('page-prev').addEventListener('click', function () { if (page > 0) { page -= 1; render(); } });
  document.getElementById('page-next').addEventListener('click', function () { if ((page + 1) * pageSize < shown.length) { page += 1; render(); } });
  render();
})();
