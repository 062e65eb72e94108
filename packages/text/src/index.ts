export { analyse, type Analysis, type DocumentFacts } from './analysis.js';
export { compileGuard, guardAfter, guardBefore, guardNear, type CompiledGuard } from './context.js';
export { report, type FindingInput } from './message.js';
export { PhraseMatcher, type PhraseMatch } from './phrases.js';
export { isPartOfSpeech, type PartOfSpeech } from './pos.js';
export { findQuotes, insideAny, type Range } from './quotes.js';
export { findPlainHeadings, headingTitle, sectionKind, splitSections, type Section, type SectionKind } from './sections.js';
export { collectSentences, normalize, phraseWords, type Sentence, type Token } from './tokens.js';
export { getMetrics, setMetrics, type RuleMetrics } from './metrics.js';
