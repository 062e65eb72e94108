// A deterministic generator of realistic care records for benchmarks and hardening tests.
//
// Records are built from the invented fixture records in fixtures/records: their sentences, headings and list
// items are pooled, then a seeded PRNG picks, shuffles and varies them (names swapped for other fixture names,
// days and dates changed), so the same seed always gives the same text and no two sizes share a paragraph order.
// The output is plain text, the one format every tool in the benchmark reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The export generator's seeded PRNG, so both make the same sequence from the same seed.
import { random as prng } from '../fixtures/generate-export.mjs';

export { prng };

const recordsDir = new URL('../fixtures/records/', import.meta.url).pathname;

/** Words as every tool in the benchmark is credited with them: runs of non-space characters. */
export function countWords(text) {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201c', rdquo: '\u201d', ndash: '\u2013', mdash: '\u2014', eacute: '\u00e9', hellip: '\u2026', pound: '\u00a3' };

/** A fixture record as plain text: HTML tags and Markdown marks dropped, blocks kept apart by blank lines. */
function toPlain(text, extension) {
  if (extension === 'html') {
    return text
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|li|h[1-6]|div|tr|ul|ol|blockquote)>/gi, '\n\n')
      .replace(/<li[^>]*>/gi, '- ')
      .replace(/<[^>]+>/g, '')
      .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name) => {
        if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
        return ENTITIES[name.toLowerCase()] ?? whole;
      })
      .replace(/\n{3,}/g, '\n\n');
  }
  if (extension === 'md') {
    return text
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/\*\*|__/g, '')
      .replace(/(^|\s)\*(\S[^*]*)\*/g, '$1$2')
      .replace(/^\|?\s*:?-{3,}.*$/gm, '')
      .replace(/^\|\s*|\s*\|$/gm, '')
      .replace(/\s+\|\s+/g, ' | ');
  }
  return text;
}

const SENTENCE_END = /(?<=[.!?]["\u201d\u2019)]?)\s+(?=["\u201c\u2018(]?[A-Z0-9])/;
const HEADER_LINE = /^[A-Z][A-Za-z' ]{1,30}:\s+\S/;
const LIST_LINE = /^(?:[-*\u2022]|\d+[.)])\s+/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DATE = new RegExp(`\\b([1-9]|[12][0-9]|3[01])(st|nd|rd|th)? (${MONTHS.join('|')})\\b`, 'g');
const DAY = new RegExp(`\\b(${DAYS.join('|')})\\b`, 'g');

/** Pools of sentences, headings, header lines and list items from every fixture record, and the names in them. */
function loadPools() {
  const pools = { sentences: [], headings: [], headers: [], items: [], names: new Set() };
  const files = readdirSync(recordsDir).sort();
  for (const name of files) {
    const match = /^(.+)\.(txt|md|html)$/.exec(name);
    if (!match || !files.includes(`${match[1]}.expected.yaml`)) continue;
    const expected = readFileSync(join(recordsDir, `${match[1]}.expected.yaml`), 'utf8');
    const names = /childNames:\s*\[([^\]]*)\]/.exec(expected)?.[1];
    for (const child of names?.split(',') ?? []) if (child.trim()) pools.names.add(child.trim());
    const plain = toPlain(readFileSync(join(recordsDir, name), 'utf8'), match[2]);
    for (const block of plain.split(/\n[ \t]*\n/)) {
      const lines = block.split('\n').map((line) => line.trim()).filter(Boolean);
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (LIST_LINE.test(line)) pools.items.push(line.replace(LIST_LINE, ''));
        else if (HEADER_LINE.test(line) && line.length < 120 && !/[.!?]$/.test(line)) pools.headers.push(line);
        else if (line.length < 60 && !/[.!?:;,]$/.test(line) && countWords(line) <= 8) pools.headings.push(line);
        else pools.sentences.push(...line.split(SENTENCE_END).filter((s) => countWords(s) >= 3));
      }
    }
  }
  return pools;
}

let cachedPools;
function pools() {
  cachedPools ??= loadPools();
  return cachedPools;
}

/** Names, days and dates in a line changed by the record's own name map and the PRNG. */
function vary(line, random, nameMap, nameRe) {
  return line
    .replace(nameRe, (name) => nameMap.get(name) ?? name)
    .replace(DAY, () => DAYS[Math.floor(random() * DAYS.length)])
    .replace(DATE, () => `${1 + Math.floor(random() * 28)} ${MONTHS[Math.floor(random() * 12)]}`);
}

/**
 * One plain-text record of about `words` words (it stops at the first paragraph that reaches the size), or, with
 * `words: 'paragraph'`, a single paragraph of four to seven sentences. The same seed gives the same text.
 */
export function generateRecord({ words, seed }) {
  const random = prng(seed);
  const { sentences, headings, headers, items, names } = pools();
  const pick = (list) => list[Math.floor(random() * list.length)];
  const nameList = [...names].sort();
  const nameMap = new Map();
  // A fresh name map per section: long records then repeat fewer sentences word for word.
  const shuffleNames = () => {
    const shuffled = [...nameList];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    nameList.forEach((name, i) => nameMap.set(name, shuffled[i]));
  };
  shuffleNames();
  const nameRe = new RegExp(`\\b(${nameList.join('|')})\\b`, 'g');
  const paragraph = () => {
    const length = 4 + Math.floor(random() * 4);
    const start = Math.floor(random() * sentences.length);
    const chosen = [];
    // Mostly a run of neighbouring sentences (they read as one story), with one drawn from anywhere.
    for (let i = 0; i < length; i++) chosen.push(i === length - 1 ? pick(sentences) : sentences[(start + i) % sentences.length]);
    return chosen.map((s) => vary(s, random, nameMap, nameRe)).join(' ');
  };
  if (words === 'paragraph') return paragraph();

  const parts = [];
  const headerCount = 2 + Math.floor(random() * 3);
  parts.push(Array.from({ length: headerCount }, () => vary(pick(headers), random, nameMap, nameRe)).join('\n'));
  let total = countWords(parts[0]);
  while (total < words) {
    shuffleNames();
    const section = [vary(pick(headings), random, nameMap, nameRe)];
    const blocks = 1 + Math.floor(random() * 3);
    for (let b = 0; b < blocks && total < words; b++) {
      const block = random() < 0.2 ? Array.from({ length: 2 + Math.floor(random() * 4) }, () => `- ${vary(pick(items), random, nameMap, nameRe)}`).join('\n') : paragraph();
      section.push(block);
      total += countWords(block);
    }
    total += countWords(section[0]);
    parts.push(`${section[0]}\n${section.slice(1).join('\n\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/** A one-word edit of `text`: the word at a PRNG-chosen position replaced by another word from the record. */
export function editOneWord(text, seed) {
  const random = prng(seed);
  const spans = [...text.matchAll(/[A-Za-z]{3,}/g)];
  const target = spans[Math.floor(random() * spans.length)];
  const replacement = spans[Math.floor(random() * spans.length)][0];
  return text.slice(0, target.index) + replacement + text.slice(target.index + target[0].length);
}

/** What the pools hold, for the benchmark's notes. */
export function poolSizes() {
  const { sentences, headings, headers, items, names } = pools();
  return { sentences: sentences.length, headings: headings.length, headers: headers.length, items: items.length, names: names.size };
}
