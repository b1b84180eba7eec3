import type { Plugin } from 'vite';

/**
 * React Router's production build defines each of its components at the top level of one module, as
 * `const NavLink = React.forwardRef(…)` followed by `NavLink.displayName = "NavLink"`. The bundler cannot
 * tell that the call or the assignment is free of side effects, so it keeps every one of them, and all
 * they use — NavLink, Form, fetchers, ScrollRestoration, route-module prefetching — on every page, whether
 * the app uses them or not. This marks those calls pure and drops the names (read only by React's
 * development tools), so what the app does not use falls away: about 3 kB gzip on every route.
 */

/** React's component and context factories: pure, as React documents them. */
const PURE_FACTORIES = new Set(['forwardRef', 'createContext', 'memo']);

/** React Router's production modules (its package resolves to these in builds; see vite.config.ts). */
const REACT_ROUTER_PRODUCTION =
  /[\\/]node_modules[\\/]react-router[\\/]dist[\\/]production[\\/][^\\/]+\.mjs$/;

/** The few ESTree shapes looked at here (the parser's own types are much wider). */
interface Node {
  type: string;
  start: number;
  end: number;
}
interface Identifier extends Node {
  type: 'Identifier';
  name: string;
}
interface MemberExpression extends Node {
  type: 'MemberExpression';
  object: Node;
  property: Node;
  computed: boolean;
}
interface Statement extends Node {
  expression?: Node & { operator?: string; left?: Node; right?: Node & { value?: unknown } };
  declarations?: { init?: (Node & { callee?: Node }) | null }[];
}

const isIdentifier = (node: Node | undefined): node is Identifier => node?.type === 'Identifier';

/** `object.property`, with both plain names. */
function memberNames(node: Node | undefined): { object: string; property: string } | null {
  if (node?.type !== 'MemberExpression') return null;
  const member = node as MemberExpression;
  if (member.computed || !isIdentifier(member.object) || !isIdentifier(member.property)) return null;
  return { object: member.object.name, property: member.property.name };
}

/** `Name.displayName = "…"` at the top level: a development-tools label. */
function isDisplayNameLabel(statement: Statement): boolean {
  const expression = statement.expression;
  if (statement.type !== 'ExpressionStatement' || expression?.type !== 'AssignmentExpression') return false;
  return (
    expression.operator === '=' &&
    memberNames(expression.left)?.property === 'displayName' &&
    expression.right?.type === 'Literal' &&
    typeof expression.right.value === 'string'
  );
}

/**
 * Rewrites a module's top level: `React.forwardRef(…)`, `React.createContext(…)` and `React.memo(…)` that
 * initialise a variable are marked pure, and `Name.displayName = "…"` statements are removed. `program`
 * is the module's ESTree AST; everything else in the code is left exactly as it is.
 */
export function makeComponentsShakeable(code: string, program: { body: readonly Statement[] }): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of program.body) {
    if (isDisplayNameLabel(statement)) {
      edits.push({ start: statement.start, end: statement.end, text: '' });
      continue;
    }
    if (statement.type !== 'VariableDeclaration') continue;
    for (const { init } of statement.declarations ?? []) {
      if (init?.type !== 'CallExpression') continue;
      const callee = memberNames(init.callee);
      if (callee && PURE_FACTORIES.has(callee.property)) {
        edits.push({ start: init.start, end: init.start, text: '/* @__PURE__ */ ' });
      }
    }
  }
  // From the end, so that each edit's offsets still point at the original code.
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

export function reactRouterShakingPlugin(): Plugin {
  return {
    name: 'help-center:react-router-shaking',
    apply: 'build',
    transform(code, id) {
      if (!REACT_ROUTER_PRODUCTION.test(id)) return null;
      const program = this.parse(code) as unknown as { body: readonly Statement[] };
      const result = makeComponentsShakeable(code, program);
      return result === code ? null : { code: result, map: null };
    },
  };
}
