/**
 * Entry of `embed.html`, the iframe embed: the reader alone, in a box of a fixed height (`height`
 * parameter, px; see layout/embed-box.ts) that the host reserved before loading it. Allowed
 * origins for `src` come from the page itself (`<meta name="dateline-allowed-origins">`, set by
 * whoever deploys it), never from the address: anyone can write an address.
 */
import '../styles/theme.css';
import './frame.css';
import { mount } from 'svelte';
import { readParams } from '../state/url-params';
import { parseOrigins } from './origins';
import FrameRoot from './FrameRoot.svelte';

const target = document.getElementById('dateline');
if (!target) throw new Error('Dateline: #dateline element missing from embed.html');
const page = new URL(window.location.href);
const meta = document.querySelector<HTMLMetaElement>('meta[name="dateline-allowed-origins"]');

export default mount(FrameRoot, {
  target,
  props: {
    params: readParams(page, 'title'),
    page,
    childId: page.searchParams.get('childId'),
    allowedOrigins: parseOrigins(meta?.content),
  },
});
