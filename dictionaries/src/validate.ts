// @carelint/dictionaries/validate: parse and check dictionary YAML (ours, or a local authority's extra list).
// Takes text, never paths, so it runs wherever the caller read the files; it pulls in yaml and ajv.
export { DictionaryError, type ErrorPlace, type ItemKind } from './dictionary-error.js';
export { loadDictionaries, mergeDictionaryFiles, type DictionaryText } from './load.js';
export { parseDictionaryFile, type DataPath, type DictionaryFile } from './parse-file.js';
