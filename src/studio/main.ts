/**
 * Entry of `studio.html`, the reporter's studio. Nothing here is in the reader's bundle: the
 * reader's pages never import from `src/studio/` (test/browser/size-budget.test.ts checks).
 */
import '../styles/theme.css';
import { mount } from 'svelte';
import Studio from './Studio.svelte';

const target = document.getElementById('studio');
if (!target) throw new Error('Dateline: #studio element missing from studio.html');
export default mount(Studio, { target });
