import { render } from 'preact';
import { App } from './App';
import { openDb } from '../../utils/db';

document.documentElement.lang = navigator.language;
// Ask once for durable storage (only a page can; the service worker cannot), so the browser does not evict clips.
void navigator.storage?.persist?.().catch(() => {});
render(<App db={openDb()} />, document.getElementById('app')!);
