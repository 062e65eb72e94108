import { createHash } from 'node:crypto';
import type { PresetName } from '@carelint/core';
import type { Policy } from '../policy.js';

/** What the page needs from the server: its policy and default preset (no secrets: the page is public). */
export interface PageSettings {
  policy: Policy;
  preset: PresetName;
}

const STYLE = `
:root{--ink:#1d2330;--muted:#596174;--line:#d6dae3;--bg:#f6f7f9;--card:#fff;--err:#a4262c;--warn:#8a5300;--info:#245f9e;--ok:#1e6b3a;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
body{margin:0}main{max-width:64rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.lede{color:var(--muted);margin:0 0 1rem}
label{display:block;font-weight:600;font-size:.9rem}
.editor{position:relative;margin-top:.3rem;background:#fff;border-radius:6px}
textarea,.backdrop{width:100%;box-sizing:border-box;font:inherit;font-size:.95rem;line-height:1.45;padding:.6rem;border:1px solid var(--line);border-radius:6px;margin:0;white-space:pre-wrap;overflow-wrap:break-word;word-break:normal;overflow-y:scroll;letter-spacing:normal;tab-size:8}
textarea{display:block;position:relative;z-index:1;min-height:14rem;resize:vertical;background:transparent}
.backdrop{position:absolute;inset:0;color:transparent;border-color:transparent;pointer-events:none;overflow:hidden}
.backdrop mark{color:transparent;border-radius:2px;background:rgba(36,95,158,.14);box-shadow:inset 0 -2px 0 rgba(36,95,158,.7)}
.backdrop mark.warning{background:rgba(191,120,0,.16);box-shadow:inset 0 -2px 0 rgba(191,120,0,.85)}
.backdrop mark.error{background:rgba(164,38,44,.14);box-shadow:inset 0 -2px 0 rgba(164,38,44,.85)}
.backdrop mark.overlap{box-shadow:inset 0 -4px 0 rgba(90,40,140,.8)}
.backdrop mark.current{background:rgba(255,214,0,.55)}
.undo{display:flex;gap:.75rem;align-items:baseline;margin:.4rem 0 0;font-size:.9rem}.undo[hidden]{display:none}
.row{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:end;margin-top:.75rem}
select,input{font:inherit;padding:.35rem .4rem;border:1px solid var(--line);border-radius:4px;margin-top:.3rem;display:block;background:#fff}
button{font:inherit;font-weight:600;padding:.45rem 1.1rem;border:0;border-radius:4px;background:#2b4c7e;color:#fff;cursor:pointer}
button.link{background:none;color:#2b4c7e;padding:0;font-weight:500;text-decoration:underline}
.verdict{display:inline-block;font-weight:700;padding:.3rem .8rem;border-radius:999px;color:#fff;margin:0}
.verdict.pass{background:var(--ok)}.verdict.warn{background:var(--warn)}.verdict.fail{background:var(--err)}
.reasons{margin:.5rem 0 0;color:var(--muted)}
.metrics{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.5rem;margin:0}
.metric{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.5rem .7rem}
.metric dt{font-size:.8rem;color:var(--muted)}.metric dd{margin:.15rem 0 0;font-weight:600}
.findings{list-style:none;padding:0;margin:0;display:grid;gap:.6rem}
.finding{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--info);border-radius:6px;padding:.6rem .8rem}
.finding.error{border-left-color:var(--err)}.finding.warning{border-left-color:var(--warn)}
.where{font-size:.85rem;color:var(--muted);display:flex;gap:.75rem;flex-wrap:wrap;align-items:baseline}
.level{font-weight:700;text-transform:uppercase;font-size:.75rem}.error .level{color:var(--err)}.warning .level{color:var(--warn)}.info .level{color:var(--info)}
.actual{font-weight:600}.reason{margin:.3rem 0}
.suggestions{display:flex;gap:.35rem;flex-wrap:wrap;align-items:center;font-size:.9rem}
.suggestion{background:#e8eef8;color:#1d2330;border-radius:4px;padding:.1rem .45rem;font-weight:500;border:1px solid #c5d3ea}
.suggestion:hover,.suggestion:focus{background:#d3e0f3}
.note{font-size:.85rem;color:var(--muted);margin:.3rem 0 0}
.status{color:var(--muted);min-height:1.2rem}
.privacy{font-size:.85rem;color:var(--muted);border-top:1px solid var(--line);margin-top:2rem;padding-top:.75rem}
`;

/** The page: a form, an empty result area, and two module scripts served by this same server. */
export function renderPage(settings: PageSettings): { html: string; csp: string } {
  // `<` is escaped so no setting can close the script element it sits in.
  const settingsJson = JSON.stringify(settings).replace(/</g, '\\u003c');
  const boot = `import * as carelint from './carelint.browser.js';import { mount } from './carelint.page.js';mount(carelint, JSON.parse(document.getElementById('carelint-settings').textContent));`;
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>carelint: check a record</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
<script type="application/json" id="carelint-settings">${settingsJson}</script>
<script type="module">${boot}</script>
</head>
<body>
<main>
<h1>Check a record before you submit it</h1>
<p class="lede">Paste or type a record. It is checked here, in your browser: the text is not sent anywhere, not even to this server.</p>
<form id="form" autocomplete="off">
<label for="record">Record</label>
<div class="editor" id="editor"><div class="backdrop" id="backdrop" aria-hidden="true"></div><textarea id="record" spellcheck="true" placeholder="Paste the record here"></textarea></div>
<p class="undo" id="undo" role="status" hidden><span id="undo-text"></span><button type="button" class="link" id="undo-button">Undo</button></p>
<div class="row">
<div><label for="format">Format</label><select id="format"><option value="text">Plain text</option><option value="markdown">Markdown</option><option value="html">HTML</option></select></div>
<div><label for="documentType">Kind of record</label><select id="documentType"><option value="">Not given</option><option value="visit">Visit</option><option value="plan">Plan</option><option value="assessment">Assessment</option><option value="review">Review</option><option value="letter">Letter</option><option value="other">Other</option></select></div>
<div><label for="children">Children's names</label><input id="children" placeholder="Amira, Sam" size="18"></div>
<div><label for="preset">Preset</label><select id="preset"></select></div>
<div><button type="submit" id="check">Check</button></div>
</div>
</form>
<p class="status" id="status" role="status"></p>
<section id="result" hidden>
<p><span id="verdict" class="verdict"></span></p>
<ul id="reasons" class="reasons"></ul>
<h2>Summary</h2>
<dl id="metrics" class="metrics"></dl>
<h2 id="findings-title">Findings</h2>
<ol id="findings" class="findings"></ol>
</section>
<p class="privacy">carelint runs on this page with no network requests. Nothing you type is stored.</p>
</main>
</body>
</html>
`;
  const csp = [
    "default-src 'none'",
    `script-src 'self' '${sha256(boot)}'`,
    `style-src '${sha256(STYLE)}'`,
    'img-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { html, csp };
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
