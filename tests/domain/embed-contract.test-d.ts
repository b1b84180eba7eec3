// The host script's published types (public/embed.d.ts, served to portals as a file of its own, so it
// cannot import the domain) against the domain's: every type is compared both ways (`toEqualTypeOf`), so a
// value added to or dropped from either side fails the type check (`npm run typecheck`: tsconfig.json
// includes tests/). (Vitest's own typecheck mode runs the same compiler, at about 100 s a run on this machine.)
import { describe, expectTypeOf, it } from 'vitest';
import type {
  HelpCenterApi,
  HelpCenterCitation,
  HelpCenterEvents,
  HelpCenterHandle,
  HelpCenterPage,
  HelpCenterTarget,
  HelpCenterTheme,
} from '../../public/embed';
import type { Who } from '../../src/domain/decision/who';
import type {
  Citation,
  EMBED_VERSION,
  ErrorCode,
  FramePayloads,
  HostPayloads,
  IgnoreReason,
} from '../../src/domain/embed-message';
import type { EmbedPage, EmbedTarget } from '../../src/domain/embed-url';
import type { Theme } from '../../src/domain/url-input/embed-params';

describe('public/embed.d.ts', () => {
  it("names every value of an outcome's who, as the decision graph defines them", () => {
    expectTypeOf<HelpCenterEvents['outcome']['who']>().toEqualTypeOf<Who>();
  });

  it('has an event for every message the frame sends, with that message’s payload', () => {
    type Published = { [K in keyof FramePayloads]: HelpCenterEvents[K] };
    expectTypeOf<keyof HelpCenterEvents>().toEqualTypeOf<keyof FramePayloads>();
    expectTypeOf<Omit<Published, 'error'>>().toEqualTypeOf<Omit<FramePayloads, 'error'>>();
    // `error` adds the code the host script raises itself: no `ready` in time.
    expectTypeOf<HelpCenterEvents['error']>().toEqualTypeOf<{
      code: ErrorCode | 'timeout';
      message: string;
    }>();
    expectTypeOf<HelpCenterCitation>().toEqualTypeOf<Citation>();
    expectTypeOf<HelpCenterEvents['debug']['reason']>().toEqualTypeOf<IgnoreReason>();
  });

  it('takes the targets, pages and themes the frame’s URLs are built from', () => {
    expectTypeOf<HelpCenterTarget>().toEqualTypeOf<EmbedTarget>();
    expectTypeOf<HelpCenterPage>().toEqualTypeOf<EmbedPage>();
    expectTypeOf<HelpCenterTheme>().toEqualTypeOf<Theme>();
  });

  it('sends the commands the frame reads, in the envelope version it reads', () => {
    expectTypeOf<HelpCenterApi['version']>().toEqualTypeOf<typeof EMBED_VERSION>();
    expectTypeOf<Parameters<HelpCenterHandle['setLocale']>[0]>().toEqualTypeOf<
      HostPayloads['setLocale']['locale']
    >();
    expectTypeOf<Parameters<HelpCenterHandle['navigate']>[0]>().toEqualTypeOf<
      EmbedTarget | HostPayloads['navigate']['path']
    >();
  });
});
