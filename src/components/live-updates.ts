/**
 * Starts a live story once its timeline is on screen. The polling code (`state/live-story.ts`)
 * loads here, with `import()`, and only for stories with `refresh`: the first load of every other
 * reader stays as it was. The element's build turns this `import()` into a module beside its
 * script (src/build/embed-lazy.ts).
 */
import type { LiveStory, LiveStoryOptions } from '../state/live-story';

export function startLiveStory(options: LiveStoryOptions): LiveStory {
  let story: LiveStory | null = null;
  let stopped = false;
  void import('../state/live-story').then(({ followStory }) => {
    if (!stopped) story = followStory(options);
  });
  return {
    opened: (id) => story?.opened(id),
    stop: () => {
      stopped = true;
      story?.stop();
    },
  };
}
