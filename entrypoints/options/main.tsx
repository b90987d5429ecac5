import { render } from 'preact';
import { BackupPanel } from '../../components/BackupPanel';
import { openDb } from '../../utils/db';

document.documentElement.lang = navigator.language;
render(<BackupPanel db={openDb()} />, document.getElementById('app')!);
