import { describe, expect, it } from 'vitest';
import { findPlainHeadings, sectionKind, splitSections } from '../src/sections.js';

describe('sections', () => {
  it('finds plain-text headings and classifies them', () => {
    const text = 'Visit to Amira\n\nChild’s views:\nAmira said she likes school.\n\nWhat are we worried about?\nMum drinks.\n\nPlan\n- Mum will not drink.\n';
    const headings = findPlainHeadings(text).map((r) => text.slice(r.start, r.end));
    expect(headings).toEqual(['Child’s views:', 'What are we worried about?', 'Plan']);
    const kinds = splitSections(text, findPlainHeadings(text)).map((s) => [s.kind, s.title]);
    expect(kinds).toEqual([
      ['other', ''],
      ['child-views', 'Child’s views'],
      ['worries', 'What are we worried about?'],
      ['plan', 'Plan'],
    ]);
  });

  it('gives a heading its level from the markup, or from a plain heading\'s numbering', () => {
    const text = 'FINAL CARE PLAN\n\nPART B: THE PLAN\n\n5. Where Kai will live\nKai will stay with Nan.\n\nPlan\nRing Dad.\n';
    expect(splitSections(text, findPlainHeadings(text)).map((s) => [s.title, s.depth])).toEqual([
      ['FINAL CARE PLAN', undefined],
      ['PART B: THE PLAN', 1],
      ['5. Where Kai will live', 2],
      ['Plan', undefined],
    ]);
    const marked = 'Plan\nGran\n';
    expect(splitSections(marked, [{ start: 0, end: 4, depth: 2 }, { start: 5, end: 9, depth: 3 }]).map((s) => s.depth)).toEqual([2, 3]);
  });

  it('does not take a sentence for a heading', () => {
    const text = 'Mum said the plan is working.\nShe has been to every meeting.\n';
    expect(findPlainHeadings(text)).toEqual([]);
  });

  it('finds a heading in capitals with a note in brackets after it, not initials before a role', () => {
    const text = 'CIN PLAN (draft, to be agreed at the first CIN meeting on 13/03/2025)\n1. Mum to ring the GP by Friday.\n\nSAFETY PLAN (agreed with Mum and Dad on 3 May)\nDad will not drink.\n';
    expect(findPlainHeadings(text).map((r) => text.slice(r.start, r.end))).toEqual(['CIN PLAN (draft, to be agreed at the first CIN meeting on 13/03/2025)', 'SAFETY PLAN (agreed with Mum and Dad on 3 May)']);
    const minutes = 'Present:\nIRO (Sam Hill)\nMGM (Janet Brennan)\nKT (staff) knocked on his door (twice)\n';
    expect(findPlainHeadings(minutes).map((r) => minutes.slice(r.start, r.end))).toEqual(['Present:']);
  });

  it('classifies common record headings', () => {
    expect(sectionKind('What needs to change')).toBe('plan');
    expect(sectionKind('Plans for next month')).toBe('plan');
    expect(sectionKind('Wishes and feelings')).toBe('child-views');
    expect(sectionKind("Kai's views")).toBe('child-views');
    expect(sectionKind("What's working well")).toBe('strengths');
    expect(sectionKind('Good things')).toBe('strengths');
    expect(sectionKind('Danger statement')).toBe('worries');
    expect(sectionKind('Background')).toBe('other');
    expect(sectionKind('Why there is a plan')).toBe('other');
    expect(sectionKind("Mum's views")).toBe('other');
    expect(sectionKind("Parents' views")).toBe('other');
    expect(sectionKind('What Mum told me')).toBe('other');
    expect(sectionKind("Amira's wishes and feelings")).toBe('child-views');
    expect(sectionKind('Your views')).toBe('child-views');
  });

  it('reads a shift log\'s handover list as a plan', () => {
    // What the next shift must do is a list of actions, like any plan's.
    expect(sectionKind('For next shift')).toBe('plan');
    expect(sectionKind('Handover to night staff')).toBe('plan');
    expect(sectionKind('Follow-up')).toBe('plan');
    expect(sectionKind('To do')).toBe('plan');
    // Log headings that only tell what happened are not.
    expect(sectionKind('Shift summary')).toBe('other');
    expect(sectionKind('Evening')).toBe('other');
    expect(sectionKind('What Mia did today')).toBe('other');
    expect(sectionKind('Things I like to do')).toBe('other');
  });
});
