/** A stable id for "ignore this finding": the rule and a hash of its normalised text, never the text itself. */
export function fingerprint(ruleId: string, text: string): string {
  const normalised = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalised.length; i++) {
    hash ^= normalised.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${ruleId}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
