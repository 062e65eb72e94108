/**
 * retext-care-jargon: finds care-system jargon, unexplained acronyms and stigmatising labels in records about
 * children, and offers the words children and families asked for.
 */
export { default, type Options } from './plugin.js';
