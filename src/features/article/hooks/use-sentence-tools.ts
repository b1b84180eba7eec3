import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { LocaleId } from '../../../domain/article';
import { articlePath } from '../../../domain/routes';
import { absoluteUrl } from '../../../lib/head/document-head';
import { useShortcut } from '../../../lib/keyboard/use-shortcut';

export type LinkCopyStatus = 'idle' | 'copied' | 'refused';

/** The query parameter that shows every translated sentence's English original (a public URL contract). */
export const ORIGINAL_PARAM = 'original';

/**
 * Helpdesk agent tools on the article (issue 18): "Show English original" kept in the URL (`?original=1`,
 * toggled with `o` too), and copying a sentence's absolute link. A refused clipboard puts the link in the
 * address bar instead, where the agent can copy it.
 */
export function useSentenceTools(locale: LocaleId, slug: string) {
  const [params, setParams] = useSearchParams();
  const showOriginal = params.get(ORIGINAL_PARAM) === '1';
  const [linkStatus, setLinkStatus] = useState<LinkCopyStatus>('idle');

  const toggleOriginal = () => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (showOriginal) next.delete(ORIGINAL_PARAM);
        else next.set(ORIGINAL_PARAM, '1');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  };
  useShortcut('o', toggleOriginal);

  const copyLink = async (anchor: string) => {
    const path = `${articlePath(locale, slug)}#${anchor}`;
    try {
      await navigator.clipboard.writeText(absoluteUrl(path));
      setLinkStatus('copied');
    } catch {
      window.history.replaceState(window.history.state, '', path);
      setLinkStatus('refused');
    }
  };

  return { showOriginal, toggleOriginal, copyLink: (anchor: string) => void copyLink(anchor), linkStatus };
}
