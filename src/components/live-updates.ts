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
  // `refresh` may change while the polling code loads: the story starts with the last value.
  let every: number | null = options.every;
  void import('../state/live-story').then(({ followStory }) => {
    if (stopped) return;
    story = followStory(options);
    if (every !== options.every) story.every(every);
  });
  return {
    opened: (id) => story?.opened(id),
    every: (seconds) => {
      every = seconds;
      story?.every(seconds);
    },
    stop: () => {
      stopped = true;
      story?.stop();
    },
  };
}
