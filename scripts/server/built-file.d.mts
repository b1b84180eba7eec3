// Types of built-file.mjs, which the servers and the bench import as plain ESM and the tests in TypeScript.
export function builtCopyOf(file: string): { file: string; compressed: boolean } | null;
export function isBuilt(file: string): boolean;
export function readBuilt(file: string): Buffer;
export function readBuilt(file: string, encoding: BufferEncoding): string;
export function builtFilesUnder(dir: string): string[];
