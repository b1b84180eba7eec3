import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Code says why a line is there, not which ticket it came from: a ticket number means nothing to the next
// reader, and the history is in git. Upstream references (`owner/repo#123`) name something a reader can open.
const ROOT = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['src', 'scripts', 'tests'];
const FILES = ['bench/budgets.json', 'vite.config.ts', 'vitest.config.ts', 'eslint.config.js', 'index.html'];
const CODE = /\.(ts|tsx|mjs|js|css|html)$/;
const SKIP = new Set(['node_modules', 'fixtures', '__screenshots__']);

/** The word issue or task and a number; outside stylesheets (colours), a bare `#` and a number as well. */
const TICKET = /\b(?:issue|task)s? ?#?\d+/gi;
const BARE_NUMBER = /(?<![\w/&])#\d+\b/g;

function codeFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : codeFiles(relative);
    return CODE.test(entry.name) ? [relative] : [];
  });
}

/** Each ticket reference as `file:line: text`. */
function ticketReferences(file: string, text: string): string[] {
  const patterns = file.endsWith('.css') ? [TICKET] : [TICKET, BARE_NUMBER];
  return text
    .split('\n')
    .flatMap((line, index) =>
      patterns.flatMap((pattern) =>
        [...line.matchAll(pattern)].map((match) => `${file}:${index + 1}: ${match[0]}`),
      ),
    );
}

describe('comments say why', () => {
  it('finds a ticket reference, and leaves upstream references, entities and colours alone', () => {
    // Built from parts, so that this file does not hold what it looks for.
    const [ticket, bare] = [['Iss', 'ue 26'].join(''), ['#', '27'].join('')];
    const text = [`// for ${ticket}`, `// see ${bare}.`, "'&#39;'", '// rolldown/rolldown#10731'].join('\n');
    expect(ticketReferences('a.ts', text)).toEqual([`a.ts:1: ${ticket}`, `a.ts:2: ${bare}`]);
    expect(ticketReferences('a.css', `color: ${bare}; /* ${ticket} */`)).toEqual([`a.css:1: ${ticket}`]);
  });

  it('no source, script, test or budget names the ticket it came from', () => {
    const files = [...FOLDERS.flatMap(codeFiles), ...FILES];
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      ticketReferences(file, readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
