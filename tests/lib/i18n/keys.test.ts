/**
 * Every UI string key, in every namespace and locale, against the code that uses it: every key used exists
 * in English (literal keys, template keys such as `question.${id}.title`, and `<Trans i18nKey>`), none is
 * unused, no locale has a key English lacks, and zh-cn and zh-tw translate every key.
 *
 * The code is read with the TypeScript parser: `const { t } = useStrings('wizard')` binds `t` to the
 * `wizard` namespace, `const app = useStrings('app')` binds `app.t`, and `<Trans t={t} …>` follows `t`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, QUESTION_ORDER, type OptionId } from '../../../src/domain/decision/who-contacts';
import { optionKey } from '../../../src/features/wizard/string-keys';

const ROOT = process.cwd();
const TRANSLATED = ['zh-cn', 'zh-tw'];

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file, keep);
    return keep(file) ? [file] : [];
  });
}

/** Namespace → locale → flattened keys, from the folders src/app/strings.ts registers. */
function resourceFiles(): Map<string, Map<string, Record<string, string>>> {
  const byNamespace = new Map<string, Map<string, Record<string, string>>>();
  for (const file of filesUnder(path.join(ROOT, 'src'), (file) => /\/locales\/[a-z-]+\.json$/.test(file))) {
    const parts = file.split(path.sep);
    const owner = parts.at(-3) ?? '';
    const namespace = owner === 'app' || owner === 'src' ? 'app' : owner;
    const locale = path.basename(file, '.json');
    const flat: Record<string, string> = {};
    const walk = (node: unknown, prefix: string) => {
      if (typeof node === 'string') flat[prefix] = node;
      else if (node && typeof node === 'object')
        for (const [name, value] of Object.entries(node)) walk(value, prefix ? `${prefix}.${name}` : name);
    };
    walk(JSON.parse(readFileSync(file, 'utf8')), '');
    if (!byNamespace.has(namespace)) byNamespace.set(namespace, new Map());
    byNamespace.get(namespace)?.set(locale, flat);
  }
  return byNamespace;
}

interface Usage {
  namespace: string;
  /** A literal key, or a pattern for a template key (`${…}` matches one dotted segment). */
  key: string | RegExp;
  where: string;
}

/** The keys the source uses, found by parsing every .ts/.tsx file under src/. */
function usages(): { used: Usage[]; unreadable: string[] } {
  const used: Usage[] = [];
  const unreadable: string[] = [];
  for (const file of filesUnder(
    path.join(ROOT, 'src'),
    (file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'),
  )) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const bound = new Map<string, string>();
    const where = (node: ts.Node) =>
      `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const namespaceOfCallee = (callee: ts.Expression): string | undefined =>
      bound.get(callee.getText(source));
    const record = (namespace: string, argument: ts.Expression | undefined, node: ts.Node) => {
      if (!argument) return;
      if (ts.isStringLiteralLike(argument)) used.push({ namespace, key: argument.text, where: where(node) });
      else if (ts.isTemplateExpression(argument)) {
        const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const pattern =
          escape(argument.head.text) +
          argument.templateSpans.map((span) => `[^.]+${escape(span.literal.text)}`).join('');
        used.push({ namespace, key: new RegExp(`^${pattern}$`), where: where(node) });
      } else if (ts.isAsExpression(argument) || ts.isParenthesizedExpression(argument)) {
        record(namespace, argument.expression, node);
      } else if (ts.isIdentifier(argument) && findDeclaration(source, argument.text)) {
        record(namespace, findDeclaration(source, argument.text), node);
      } else if (ts.isConditionalExpression(argument)) {
        record(namespace, argument.whenTrue, node);
        record(namespace, argument.whenFalse, node);
      } else if (ts.isIdentifier(argument) || ts.isCallExpression(argument)) {
        // A key computed elsewhere (a typed helper such as `optionKey`): enumerated below from the domain.
        unreadable.push(`${where(node)} ${argument.getText(source)}`);
      } else unreadable.push(`${where(node)} ${argument.getText(source)}`);
    };
    const visit = (node: ts.Node) => {
      // A `t` handed over as a prop or parameter: `t: TFunction<'article'>`.
      if ((ts.isParameter(node) || ts.isPropertySignature(node)) && node.name.getText(source) === 't') {
        const namespace = /^TFunction<'([\w-]+)'>$/.exec(node.type?.getText(source) ?? '')?.[1];
        if (namespace) bound.set('t', namespace);
      }
      if (
        ts.isVariableDeclaration(node) &&
        node.initializer &&
        ts.isCallExpression(node.initializer) &&
        node.initializer.expression.getText(source) === 'useStrings'
      ) {
        const [first] = node.initializer.arguments;
        if (first && ts.isStringLiteralLike(first)) {
          if (ts.isIdentifier(node.name)) bound.set(`${node.name.text}.t`, first.text);
          else if (ts.isObjectBindingPattern(node.name))
            for (const element of node.name.elements) {
              const property = element.propertyName?.getText(source) ?? element.name.getText(source);
              if (property === 't') bound.set(element.name.getText(source), first.text);
            }
        }
      }
      if (ts.isCallExpression(node)) {
        const namespace = namespaceOfCallee(node.expression);
        if (namespace) record(namespace, node.arguments[0], node);
      }
      if (ts.isJsxSelfClosingElement(node) && node.tagName.getText(source) === 'Trans') {
        const attribute = (name: string) =>
          node.attributes.properties.find(
            (property): property is ts.JsxAttribute =>
              ts.isJsxAttribute(property) && property.name.getText(source) === name,
          );
        const tExpression = attribute('t')?.initializer;
        const keyExpression = attribute('i18nKey')?.initializer;
        const namespace =
          tExpression && ts.isJsxExpression(tExpression) && tExpression.expression
            ? namespaceOfCallee(tExpression.expression)
            : undefined;
        if (!namespace) unreadable.push(`${where(node)} <Trans> without t={…} of a known namespace`);
        else if (keyExpression && ts.isStringLiteral(keyExpression))
          used.push({ namespace, key: keyExpression.text, where: where(node) });
        else if (keyExpression && ts.isJsxExpression(keyExpression) && keyExpression.expression) {
          const expression = keyExpression.expression;
          // `i18nKey={key}` where `key` is a local chosen among literals: read its initializer.
          if (ts.isIdentifier(expression)) {
            const declaration = findDeclaration(source, expression.text);
            record(namespace, declaration ?? expression, node);
          } else record(namespace, expression, node);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { used, unreadable };
}

function findDeclaration(source: ts.SourceFile, name: string): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name)
      found = node.initializer;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Keys built by the wizard's typed helper (`optionKey`), for every option of every question. */
function helperKeys(): Usage[] {
  return QUESTION_ORDER.flatMap((question) =>
    (QUESTIONS[question].options as readonly OptionId[]).map((option) => ({
      namespace: 'wizard',
      key: optionKey(question, option),
      where: 'optionKey',
    })),
  );
}

const resources = resourceFiles();
const { used: parsed, unreadable } = usages();
const used = [...parsed, ...helperKeys()];
/** i18next's plural forms of one key: `otherLocales` is used as `otherLocales_one`, `otherLocales_other`. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const matches = (usage: Usage, key: string) => {
  const base = key.replace(PLURAL, '');
  return typeof usage.key === 'string'
    ? usage.key === key || usage.key === base
    : usage.key.test(key) || usage.key.test(base);
};

describe('UI string keys', () => {
  it('finds every namespace, and the code using each', () => {
    expect([...resources.keys()].sort()).toEqual([
      'agent-tools',
      'app',
      'applies-to',
      'article',
      'locale-switcher',
      'routes',
      'url-input',
      'wizard',
    ]);
    for (const namespace of resources.keys())
      expect(
        used.some((usage) => usage.namespace === namespace),
        namespace,
      ).toBe(true);
  });

  it('can read every key the code passes (a literal, a template, or a typed helper)', () => {
    expect(unreadable.filter((entry) => !entry.includes('optionKey('))).toEqual([]);
  });

  it('has every key the code uses in English, and every template key matches some key', () => {
    const missing = used.flatMap((usage) => {
      const english = Object.keys(resources.get(usage.namespace)?.get('en-us') ?? {});
      return english.some((key) => matches(usage, key))
        ? []
        : [`${usage.namespace}:${String(usage.key)} (${usage.where})`];
    });
    expect(missing).toEqual([]);
  });

  it('has no key that no code uses', () => {
    const unused = [...resources].flatMap(([namespace, locales]) =>
      Object.keys(locales.get('en-us') ?? {})
        .filter((key) => !used.some((usage) => usage.namespace === namespace && matches(usage, key)))
        .map((key) => `${namespace}:${key}`),
    );
    expect(unused).toEqual([]);
  });

  it('has no key in any locale that English lacks', () => {
    const extra = [...resources].flatMap(([namespace, locales]) => {
      const english = new Set(Object.keys(locales.get('en-us') ?? {}));
      return [...locales].flatMap(([locale, keys]) =>
        Object.keys(keys)
          .filter((key) => !english.has(key) && !english.has(key.replace(PLURAL, '_other')))
          .map((key) => `${locale} ${namespace}:${key}`),
      );
    });
    expect(extra).toEqual([]);
  });

  it('translates every key into zh-cn and zh-tw, keeping the same {{placeholders}} and <tags>', () => {
    const problems = [...resources].flatMap(([namespace, locales]) =>
      TRANSLATED.flatMap((locale) =>
        Object.entries(locales.get('en-us') ?? {}).flatMap(([key, english]) => {
          // Chinese has one plural form: `_other` stands for `_one` too.
          const translated =
            locales.get(locale)?.[key] ?? locales.get(locale)?.[key.replace(/_one$/, '_other')];
          if (translated === undefined || translated.trim() === '')
            return [`${locale} ${namespace}:${key} missing`];
          const slots = (text: string) => (text.match(/{{\w+}}|<\/?\w+>/g) ?? []).sort().join(' ');
          return slots(translated) === slots(english)
            ? []
            : [`${locale} ${namespace}:${key} placeholders differ`];
        }),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('writes Chinese with full-width punctuation: no ASCII colon after Han, no space after a full-width colon', () => {
    const problems = [...resources].flatMap(([namespace, locales]) =>
      TRANSLATED.flatMap((locale) =>
        Object.entries(locales.get(locale) ?? {}).flatMap(([key, text]) =>
          /[\u3400-\u9fff]\s*:|：\s|[\u3400-\u9fff][,;?!]/.test(text)
            ? [`${locale} ${namespace}:${key}: ${text}`]
            : [],
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('spaces Latin text and digits from Han, as the article does ("Microsoft 不会")', () => {
    // The one exception quotes the zh-cn article's own spelling of that cloud, so the filter matches it.
    const articleSpellings = new Set(['zh-cn applies-to:value.cloud.us-government']);
    const problems = [...resources].flatMap(([namespace, locales]) =>
      TRANSLATED.flatMap((locale) =>
        Object.entries(locales.get(locale) ?? {}).flatMap(([key, text]) => {
          const bare = text.replace(/{{\w+}}|<\/?\w+>/g, '');
          const where = `${locale} ${namespace}:${key}`;
          return /[A-Za-z0-9][\u3400-\u9fff]|[\u3400-\u9fff][A-Za-z0-9]/.test(bare) &&
            !articleSpellings.has(where)
            ? [`${where}: ${text}`]
            : [];
        }),
      ),
    );
    expect(problems).toEqual([]);
  });
});
