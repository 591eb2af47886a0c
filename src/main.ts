import { mount } from 'svelte';
import App from './App.svelte';
import { readParams } from './state/url-params';

const target = document.getElementById('app');
if (!target) throw new Error('Dateline: #app element missing from index.html');
const page = new URL(window.location.href);
const params = readParams(page);
// A page rendered at build time (`dist/<timeline>.html`) names its timeline and holds a static
// copy of it for readers without JavaScript; the interactive reader takes its place.
const src = params.src ?? target.dataset.src ?? null;
target.replaceChildren();
export default mount(App, { target, props: { params: { ...params, src }, page } });
