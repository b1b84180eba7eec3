import { constants, inflateSync } from 'node:zlib';

/**
 * The text each page of a PDF shows, in page order: enough of a PDF reader to tell a printed page from a
 * blank one, and to find a heading on it. It reads what Firefox's printing (cairo) writes: objects, object
 * streams, Flate streams, a page tree, and text shown with simple or Type 0 fonts mapped by `/ToUnicode`.
 * Not a general PDF reader (no encryption, no other filters, no encodings without `/ToUnicode` beyond Latin-1).
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const object = (ref: string | undefined): PdfObject => {
    const found = ref === undefined ? undefined : objects.get(Number(ref));
    if (!found) throw new Error(`The PDF has no object ${ref}`);
    return found;
  };
  const root = [...objects.values()].find(
    ({ dict }) => /\/Type\s*\/Pages\b/.test(dict) && !/\/Parent\b/.test(dict),
  );
  if (!root) throw new Error('The PDF has no page tree');

  const pages: PdfObject[] = [];
  const walk = (node: PdfObject) => {
    if (!/\/Type\s*\/Pages\b/.test(node.dict)) return void pages.push(node);
    for (const [, kid] of (/\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? '').matchAll(refs()))
      walk(object(kid));
  };
  walk(root);

  return pages.map((page) => {
    const fonts = fontsOf(resolve(page.dict, 'Resources', object), object);
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(page.dict)?.[1] ?? '';
    const stream = [...contents.matchAll(refs())].map(([, ref]) => object(ref).stream ?? '').join('\n');
    return showText(stream, fonts);
  });
}

interface PdfObject {
  dict: string;
  /** The decoded stream, as Latin-1 text (a byte a character). */
  stream?: string;
}

const refs = () => /(\d+)\s+\d+\s+R/g;
const inflate = (bytes: Buffer) =>
  inflateSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1');

/** Every object: `n 0 obj … endobj` at the top level, and those packed in object streams. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+)\s+\d+\s+obj\b/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    const streamAt = /\bstream\r?\n/.exec(text.slice(start, end));
    if (!streamAt) {
      objects.set(Number(match[1]), { dict: text.slice(start, end).trim() });
    } else {
      const dataStart = start + streamAt.index + streamAt[0].length;
      const dataEnd = text.indexOf('endstream', dataStart);
      const dict = text.slice(start, start + streamAt.index).trim();
      const raw = pdf.subarray(dataStart, dataEnd);
      objects.set(Number(match[1]), {
        dict,
        stream: /\/FlateDecode/.test(dict) ? inflate(raw) : raw.toString('latin1'),
      });
      header.lastIndex = text.indexOf('endobj', dataEnd);
    }
  }
  for (const { dict, stream } of [...objects.values()]) {
    if (!/\/Type\s*\/ObjStm/.test(dict) || stream === undefined) continue;
    // A header of `number offset` pairs, then the objects, each until the next one's offset.
    const first = Number(/\/First\s+(\d+)/.exec(dict)?.[1]);
    const pairs = [...stream.slice(0, first).matchAll(/(\d+)\s+(\d+)/g)].map(([, number, offset]) => ({
      number: Number(number),
      from: first + Number(offset),
    }));
    pairs.forEach(({ number, from }, index) => {
      const to = pairs[index + 1]?.from ?? stream.length;
      objects.set(number, { dict: stream.slice(from, to).trim() });
    });
  }
  return objects;
}

/** A dictionary entry: inline `<< … >>` (balanced), or the dictionary of the object it refers to. */
function resolve(dict: string, key: string, object: (ref: string) => PdfObject): string {
  const at = new RegExp(`/${key}\\s*(<<|(\\d+)\\s+\\d+\\s+R)`).exec(dict);
  if (!at) return '';
  if (at[2]) return object(at[2]).dict;
  let depth = 0;
  let index = at.index + at[0].length - 2;
  while (index < dict.length) {
    const pair = dict.slice(index, index + 2);
    if (pair === '<<') depth += 1;
    if (pair === '>>') depth -= 1;
    if (depth === 0) return dict.slice(at.index, index + 2);
    index += pair === '<<' || pair === '>>' ? 2 : 1;
  }
  return '';
}

interface Font {
  /** Bytes a character code takes: 2 for Type 0 (CID) fonts, 1 for simple fonts. */
  width: 1 | 2;
  unicode: Map<number, string>;
}

function fontsOf(resources: string, object: (ref: string) => PdfObject): Map<string, Font> {
  const fonts = new Map<string, Font>();
  const list = resolve(resources, 'Font', object);
  for (const [, name = '', ref = ''] of list.matchAll(/\/([\w.+-]+)\s+(\d+)\s+\d+\s+R/g)) {
    const dict = object(ref).dict;
    const toUnicode = /\/ToUnicode\s+(\d+)\s+\d+\s+R/.exec(dict)?.[1];
    fonts.set(name, {
      width: /\/Subtype\s*\/Type0/.test(dict) ? 2 : 1,
      unicode: toUnicode ? unicodeMap(object(toUnicode).stream ?? '') : new Map(),
    });
  }
  return fonts;
}

const hexText = (hex: string) =>
  String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));

/** A `/ToUnicode` CMap's `bfchar` and `bfrange` entries (UTF-16BE hex, surrogates joined by fromCodePoint). */
function unicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, block = ''] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code = '', text = ''] of block.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi))
      map.set(parseInt(code, 16), hexText(text));
  for (const [, block = ''] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from = '', to = '', target = ''] of block.matchAll(
      /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(<[0-9a-f]+>|\[[^\]]*\])/gi,
    )) {
      const targets = target.startsWith('[')
        ? [...target.matchAll(/<([0-9a-f]+)>/gi)].map(([, hex = '']) => hex)
        : null;
      const base = parseInt(target.slice(1, -1), 16);
      for (let code = parseInt(from, 16); code <= parseInt(to, 16); code += 1) {
        const offset = code - parseInt(from, 16);
        map.set(code, targets ? hexText(targets[offset] ?? '') : String.fromCodePoint(base + offset));
      }
    }
  return map;
}

/** The bytes of a literal string `( … )`, its escapes undone. */
function literalBytes(body: string): number[] {
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  const unescaped = body.replace(/\\([0-7]{1,3}|[\s\S])/g, (_, escaped: string) =>
    /^[0-7]/.test(escaped) ? String.fromCharCode(parseInt(escaped, 8)) : (escapes[escaped] ?? escaped),
  );
  return [...unescaped].map((char) => char.charCodeAt(0));
}

/** The text a content stream shows: strings of `Tj`, `TJ`, `'` and `"`, one line per text position change. */
function showText(content: string, fonts: Map<string, Font>): string {
  let font: Font = { width: 1, unicode: new Map() };
  let text = '';
  const token =
    /\/([\w.+-]+)\s+[\d.]+\s+Tf|\((?:\\[\s\S]|[^\\)])*\)|<[0-9a-fA-F\s]*>|\b(?:Td|TD|Tm|T\*|ET)\b/g;
  for (const [match, fontName] of content.matchAll(token)) {
    if (fontName) font = fonts.get(fontName) ?? font;
    else if (/^(Td|TD|Tm|T\*|ET)$/.test(match)) text += '\n';
    else {
      const bytes = match.startsWith('(')
        ? literalBytes(match.slice(1, -1))
        : (match.slice(1, -1).replace(/\s/g, '').match(/../g) ?? []).map((hex) => parseInt(hex, 16));
      for (let index = 0; index + font.width <= bytes.length; index += font.width) {
        const [high = 0, low = 0] = bytes.slice(index, index + 2);
        const code = font.width === 2 ? high * 256 + low : high;
        text += font.unicode.get(code) ?? (font.width === 1 ? String.fromCharCode(code) : '');
      }
    }
  }
  return text.replace(/\n\s*\n/g, '\n').trim();
}
