import { useLocation } from 'react-router';
import { embedModeOf } from '../../domain/url-input/embed-mode';

/**
 * Inside embed mode, a GET form's hidden `embed=1` and theme, after the form's own fields (the order the
 * prerendered query strings have): without JavaScript a plain submit would otherwise leave embed mode,
 * and the portal's frame would show the full site. Outside embed mode it renders nothing.
 */
export function EmbedModeInputs() {
  const { embedded, theme } = embedModeOf(useLocation().search);
  if (!embedded) return null;
  return (
    <>
      <input type="hidden" name="embed" value="1" />
      {theme && <input type="hidden" name="theme" value={theme} />}
    </>
  );
}
