/**
 * retext-smart-plan: reads the actions in the plan sections of a children's social care record and asks of
 * each one "who will do what, by when?"; flags vague qualifiers ("as appropriate", "regularly", "ongoing").
 */
export { default, type Options, type PlanMetrics } from './plugin.js';
