/**
 * The publish kit, made in the browser when the reporter asks for it: the timeline, its static
 * page, the embed page with the files it needs (fetched from beside the studio's page, as the
 * build lists them in kit-files.json) and a README, zipped. Loaded with `import()` on the click,
 * fflate with it: a 8 KB, maintained, dependency-free zip writer whose synchronous `zipSync`
 * needs no worker (the studio's Content-Security-Policy allows none from blob: addresses).
 */
import { flushSync, mount, unmount } from 'svelte';
import { strToU8, zipSync } from 'fflate';
import StaticPage from '../../ssr/StaticPage.svelte';
import { staticHtml } from '../../ssr/static-html';
import { staticMedia } from '../../ssr/static-media';
import { en } from '../../i18n/messages';
import { loadDateLocale } from '../../dates/format-date';
import type { Timeline } from '../../format/types';
import {
  kitFileList,
  kitHost,
  kitReadme,
  type ElementManifest,
  type KitManifest,
} from '../work/publish-kit';

/** The lists the build writes (src/build/kit-files.ts): the pages', and the element's. */
const KIT_FILES = 'kit-files.json';
const ELEMENT_KIT_FILES = 'embed/kit-files.json';

async function fetchOwn(path: string): Promise<Response> {
  // studio.html sits at the top of dist/, wherever that is deployed: its files are beside it.
  const response = await fetch(new URL(path, location.href));
  if (!response.ok) throw new Error(`${path} could not be fetched (${response.status})`);
  return response;
}

/**
 * StaticPage, the component the build renders on the server, mounted off-screen: the same
 * markup, made by the client build. (svelte/server needs the component compiled for the server.)
 */
async function staticBody(
  timeline: Timeline,
  src: string,
  origins: readonly string[],
): Promise<string> {
  const dateLocale = await loadDateLocale(timeline.locale);
  // As the build's static pages: media relative to the JSON file, other hosts' as text.
  timeline = staticMedia(timeline, src, origins);
  const target = document.createElement('div');
  const page = mount(StaticPage, { target, props: { timeline, dateLocale, messages: en } });
  flushSync();
  // Svelte's anchors are comments; text holding "<!--" is escaped in innerHTML, so only they go.
  const html = target.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
  void unmount(page);
  return html;
}

export async function publishKit(options: {
  timeline: Timeline;
  json: string;
  slug: string;
  published: string;
}): Promise<Uint8Array> {
  const { timeline, json, slug } = options;
  let manifest: KitManifest;
  let element: ElementManifest;
  try {
    [manifest, element] = await Promise.all([
      fetchOwn(KIT_FILES).then((r) => r.json() as Promise<KitManifest>),
      fetchOwn(ELEMENT_KIT_FILES).then((r) => r.json() as Promise<ElementManifest>),
    ]);
  } catch {
    throw new Error(
      `the studio is not served from a whole build (${KIT_FILES} or ${ELEMENT_KIT_FILES} is missing): run npm run build and open dist/studio.html`,
    );
  }
  const names = kitFileList(manifest, element);
  const [template, ...bodies] = await Promise.all([
    fetchOwn('index.html').then((r) => r.text()),
    ...names.map((name) => fetchOwn(name).then(async (r) => new Uint8Array(await r.arrayBuffer()))),
  ]);
  const files: Record<string, Uint8Array> = {};
  names.forEach((name, i) => (files[name] = bodies[i]!));
  const src = `data/${slug}.json`;
  files[src] = strToU8(json);
  const where = kitHost(options.published);
  // The host the reporter named serves the page: its own media are the page's origin.
  const body = await staticBody(timeline, src, where.given ? [where.host.origin] : []);
  files[`${slug}.html`] = strToU8(
    staticHtml(template, body, timeline, src, null, manifest.mediaStyles),
  );
  files['README.txt'] = strToU8(kitReadme({ title: timeline.title, slug, ...where }));
  return zipSync(files, { level: 6 });
}
