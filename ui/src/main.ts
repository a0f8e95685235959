// Entry point: mounts the kiosk. Nothing is read from or written to browser storage.
// First, so that the page's clock is read before any other module runs.
import { markStart } from './lib/page-start';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { loadInfo } from './lib/session.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');

markStart('evaluated_ms');
// Asked before mounting, so that the shell answers while the first screen is built.
const info = loadInfo();
const app = mount(App, { target, props: { info } });
markStart('mounted_ms');
export default app;
