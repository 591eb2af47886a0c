import { mount } from 'svelte';
import App from './App.svelte';
import { readParams } from './state/url-params';

const target = document.getElementById('app');
if (!target) throw new Error('Dateline: #app element missing from index.html');
const page = new URL(window.location.href);
export default mount(App, { target, props: { params: readParams(page), page } });
