// compromise builds its tagger's model when it is first imported: it unpacks its compressed word lists and
// conjugates, inflects and pluralises every verb, adjective and noun in them (about 0.3 s of CPU on this machine,
// a third of a one-file `carelint check`). The result depends only on compromise's own files, so the bundled CLI
// carries it ready-made: this esbuild plugin swaps the module that builds it for one that parses the finished model
// from JSON, computed here by importing the real module. test/compromise-model.test.ts checks the two give the same
// world and the same tags.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

/** The module of compromise's pre-tagger that unpacks and expands its lexicon when it is evaluated. */
const MODEL_MODULE = /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;
/** The pre-tagger plugin, whose model compromise's `nlp.plugin` would copy key by key into its world. */
const PLUGIN_MODULE = /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]plugin\.js$/;
const PLUGIN_SOURCE = `export default {
  compute,
  methods,
  model,
  tags,
  hooks: ['preTagger'],
}`;

/**
 * compromise's mergeDeep, except that an object the world does not have yet is taken as it is instead of copied
 * (the decoded model belongs to nobody else); the world ends up with the same keys, in the same order, and values.
 */
function mergeInto(target, source) {
  for (const key in source) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = source[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!target[key]) target[key] = value;
      else mergeInto(target[key], value);
    } else target[key] = value;
  }
}

/**
 * The model as JSON plus a list of what JSON cannot hold, each with its path: regular expressions, `undefined`,
 * and an object or array met a second time (the lexicon shares one tag list among "her", "his", "their", ...).
 * JSON holds `null` in their place so every key keeps its position in its object.
 */
export function encodeModel(model) {
  const specials = [];
  const seen = new Map();
  const walk = (value, path) => {
    if (value instanceof RegExp) {
      specials.push([path, 'regexp', value.source, value.flags]);
      return null;
    }
    if (value === undefined) {
      specials.push([path, 'undefined']);
      return null;
    }
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new Error(`compromise's model holds a ${typeof value} at ${path.join('.')}`);
      return value;
    }
    if (seen.has(value)) {
      specials.push([path, 'same', seen.get(value)]);
      return null;
    }
    seen.set(value, path);
    const proto = Object.getPrototypeOf(value);
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (proto !== Object.prototype && proto !== null) throw new Error(`compromise's model holds a ${proto.constructor?.name} at ${path.join('.')}`);
    const out = {};
    for (const key of Object.keys(value)) out[key] = walk(value[key], [...path, key]);
    return out;
  };
  const data = walk(model, []);
  return { json: JSON.stringify(data), specials };
}

/** Rebuilds the model from `encodeModel`'s output (also the code the generated module runs). */
export function decodeModel(json, specials) {
  const model = JSON.parse(json);
  const at = (path) => path.reduce((value, key) => value[key], model);
  for (const [path, kind, source, flags] of specials) {
    const parent = at(path.slice(0, -1));
    parent[path.at(-1)] = kind === 'regexp' ? new RegExp(source, flags) : kind === 'same' ? at(source) : undefined;
  }
  return model;
}

/** An esbuild plugin: compromise's pre-tagger model module becomes `decodeModel` over the model it builds. */
export const compromiseModel = {
  name: 'carelint-compromise-model',
  setup(build) {
    build.onLoad({ filter: MODEL_MODULE }, async (args) => {
      const { default: model } = await import(pathToFileURL(args.path).href);
      const { json, specials } = encodeModel(model);
      const contents = [
        `const json = ${JSON.stringify(json)};`,
        `const specials = ${JSON.stringify(specials)};`,
        `${decodeModel.toString()}`,
        'export default decodeModel(json, specials);',
      ].join('\n');
      return { contents, loader: 'js' };
    });
    // The plugin hands its model over at the end of `nlp.plugin` (its `mutate` step) instead of as `model`: nothing
    // `nlp.plugin` does in between (methods, compute functions, tags) reads the model.
    build.onLoad({ filter: PLUGIN_MODULE }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(PLUGIN_SOURCE)) throw new Error(`compromise's ${args.path} is not the one carelint's bundle expects: check scripts/compromise-model.mjs`);
      const plugin = `${mergeInto.toString()}\nexport default {\n  compute,\n  methods,\n  tags,\n  hooks: ['preTagger'],\n  mutate: (world) => mergeInto(world.model, model),\n}`;
      return { contents: source.replace(PLUGIN_SOURCE, plugin), loader: 'js' };
    });
  },
};
