// Mutates the project's own fixtures (cut spans, unbalanced tags, random bytes …): every input either parses
// or fails with a located ContentError. Bounded: a fixed number of runs and a time limit per property.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/pipeline/content-error';
import { parseArticleSource } from '../../../src/content/pipeline/parse-article';

const VALID_DIR = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
const SEEDS = readdirSync(VALID_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => readFileSync(VALID_DIR + name, 'utf8'));
const FILE = 'fuzz/xx-xx.md';

/** Markup that breaks structure when dropped anywhere. */
// prettier-ignore
const FRAGMENTS = [
  '<span>', '</span>', '<span data-ttu-id="f-1">', '<span class="sxs-lookup">', '<span data-stu-id="f-1">',
  '<a href="', '<a name="x">', '</a>', '<table>', '</td>', '<tr>', '<p>', '<br>', '<!--', '-->', '<span',
  '---\n', '\n---\n', '| a | b |\n|---|---|\n', ':::image', ':::image source="x.png":::', ':::', '> [!NOTE]\n',
  '**', '`', '```\n', '\\', '&amp;', '&#0;', '&#xD800;', '\r', '\r\n', '\u00a0', '\t', '\n\n', '"', "'",
  '<script>x</script>', '<img src=x onerror=y>', '[x](javascript:y)', '\uFFFD', '\u0000', '\u2028',
];

type Mutation = (source: string) => string;

const position = (source: string, fraction: number) => Math.floor(fraction * (source.length + 1));
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Cut a piece out (a span's end, a front matter delimiter, half a table …).
  fc.tuple(fraction, fc.integer({ min: 1, max: 80 })).map(([at, length]) => (source: string) => {
    const start = position(source, at);
    return source.slice(0, start) + source.slice(start + length);
  }),
  // Drop in markup that leaves tags unbalanced.
  fc.tuple(fraction, fc.constantFrom(...FRAGMENTS)).map(([at, fragment]) => (source: string) => {
    const start = position(source, at);
    return source.slice(0, start) + fragment + source.slice(start);
  }),
  // Random bytes, decoded as the build reads files (UTF-8; invalid sequences become U+FFFD).
  fc
    .tuple(fraction, fc.uint8Array({ minLength: 1, maxLength: 24 }))
    .map(([at, bytes]) => (source: string) => {
      const start = position(source, at);
      return source.slice(0, start) + Buffer.from(bytes).toString('utf8') + source.slice(start);
    }),
  // Random code points, any plane.
  fc.tuple(fraction, fc.string({ unit: 'binary', maxLength: 12 })).map(([at, text]) => (source: string) => {
    const start = position(source, at);
    return source.slice(0, start) + text + source.slice(start);
  }),
  // A line repeated elsewhere (a duplicated heading, a second front matter key).
  fc.tuple(fraction, fraction).map(([from, to]) => (source: string) => {
    const lines = source.split('\n');
    const line = lines[Math.floor(from * lines.length)] ?? '';
    lines.splice(Math.floor(to * (lines.length + 1)), 0, line);
    return lines.join('\n');
  }),
);

const input = fc.tuple(
  fc.integer({ min: 0, max: SEEDS.length - 1 }),
  fc.array(mutation, { minLength: 1, maxLength: 4 }),
);

function outcomeOf(source: string): 'parsed' | ContentError {
  try {
    parseArticleSource(source, { slug: 'fuzz', locale: 'xx-xx', file: FILE });
    return 'parsed';
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw new Error(`threw something other than a ContentError: ${String(error)}\n--- input ---\n${source}`);
  }
}

describe('parseArticleSource on mutated fixtures', () => {
  it('has seeds to mutate', () => {
    expect(SEEDS.length).toBeGreaterThan(10);
    for (const seed of SEEDS) expect(outcomeOf(seed)).toBe('parsed');
  });

  it('parses or fails with a ContentError at a line of the file, never anything else', () => {
    fc.assert(
      fc.property(input, ([seed, mutations]) => {
        const source = mutations.reduce((text, mutate) => mutate(text), SEEDS[seed] ?? '');
        const outcome = outcomeOf(source);
        if (outcome === 'parsed') return;
        expect(outcome.file).toBe(FILE);
        expect(outcome.line, outcome.message).toBeGreaterThanOrEqual(1);
        expect(outcome.line, outcome.message).toBeLessThanOrEqual(source.split(/\r\n|\r|\n/).length + 1);
      }),
      {
        numRuns: Number(process.env.FUZZ_RUNS ?? 400),
        interruptAfterTimeLimit: 20_000,
        seed: Number(process.env.FUZZ_SEED ?? Date.now()),
      },
    );
  }, 40_000);
});
