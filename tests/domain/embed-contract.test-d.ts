// The host script's published types (public/embed.d.ts, served to portals as a file of its own, so it
// cannot import the domain) say what the frame sends: checked here, so that a value added to the domain
// fails the type check (`npm run typecheck`: tsconfig.json includes tests/) until the published types name
// it too. (Vitest's own typecheck mode runs the same compiler, at about 100 s a run on this machine.)
import { describe, expectTypeOf, it } from 'vitest';
import type { HelpCenterEvents } from '../../public/embed';
import type { Who } from '../../src/domain/decision/who';
import type { ErrorCode, FramePayloads } from '../../src/domain/embed-message';

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
  });
});
