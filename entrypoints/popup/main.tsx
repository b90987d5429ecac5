import { render } from 'preact';
import { App } from './App';
import { openDb } from '../../utils/db';

document.documentElement.lang = navigator.language;
render(<App db={openDb()} />, document.getElementById('app')!);
