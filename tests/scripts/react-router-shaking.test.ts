// @vitest-environment node
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { makeComponentsShakeable } from '../../scripts/vite-plugin-react-router-shaking';

const shake = (code: string) =>
  makeComponentsShakeable(code, parseAst(code) as unknown as Parameters<typeof makeComponentsShakeable>[1]);

describe('makeComponentsShakeable', () => {
  it('marks top-level component and context factories pure and drops their display names', () => {
    const code = [
      'var Link = React10.forwardRef(function LinkWithRef(props, ref) { return null; });',
      'Link.displayName = "Link";',
      'var RouteContext = React2.createContext(null);',
      'RouteContext.displayName = "Route";',
      'const Memo = React.memo(Link);',
    ].join('\n');
    expect(shake(code)).toBe(
      [
        'var Link = /* @__PURE__ */ React10.forwardRef(function LinkWithRef(props, ref) { return null; });',
        '',
        'var RouteContext = /* @__PURE__ */ React2.createContext(null);',
        '',
        'const Memo = /* @__PURE__ */ React.memo(Link);',
      ].join('\n'),
    );
  });

  it('leaves every other statement as it is', () => {
    const code = [
      'var history = createBrowserHistory();',
      'var listeners = React.useState(0);',
      'window.displayName = computeName();',
      'Link.displayName = `Link`;',
      'Link.title = "Link";',
      'obj[key].displayName = "x";',
      'function inner() { Nested.displayName = "Nested"; return React.forwardRef(() => null); }',
    ].join('\n');
    expect(shake(code)).toBe(code);
  });
});
