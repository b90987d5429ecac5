import { render } from 'preact';
import { BackupPanel } from '../../components/BackupPanel';
import { WatchListEditor } from '../../components/WatchListEditor';
import { openDb } from '../../utils/collection/db';

document.documentElement.lang = navigator.language;
render(
  <>
    <BackupPanel db={openDb()} />
    <WatchListEditor />
  </>,
  document.getElementById('app')!,
);
