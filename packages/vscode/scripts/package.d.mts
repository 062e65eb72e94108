/** Files the .vsix must hold. */
export const REQUIRED: readonly string[];
/** The entries of a zip file, from its central directory. */
export function zipEntries(file: string): Array<{ name: string; size: number; read: () => Buffer }>;
