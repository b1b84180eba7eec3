import { useState } from 'react';
import type { LocaleId } from '../../../domain/article';
import { articlePath } from '../../../domain/routes';
import { absoluteUrl } from '../../../lib/head/document-head';
import { useOriginalToggle } from '../../../lib/url/use-original-toggle';

export type LinkCopyStatus = 'idle' | 'copied' | 'refused';

/**
 * Helpdesk agent tools on the article: "Show English original" kept in the URL (`?original=1`,
 * toggled with `o` too; only on a translated version), and copying a sentence's absolute link. A refused
 * clipboard puts the link in the address bar instead, where the agent can copy it.
 */
export function useSentenceTools(locale: LocaleId, slug: string, translated: boolean) {
  const { showOriginal, toggleOriginal } = useOriginalToggle('article', translated);
  const [linkStatus, setLinkStatus] = useState<LinkCopyStatus>('idle');

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
