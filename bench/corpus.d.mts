/** Types for corpus.mjs, so TypeScript tests can use the generator. */
export declare function prng(seed: number): () => number;
export declare function countWords(text: string): number;
export declare function generateRecord(options: { words: number | 'paragraph'; seed: number }): string;
export declare function editOneWord(text: string, seed: number): string;
export declare function poolSizes(): { sentences: number; headings: number; headers: number; items: number; names: number };
