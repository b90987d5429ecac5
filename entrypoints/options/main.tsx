import { render } from 'preact';
import { BackupPanel } from '../../components/BackupPanel';
import { FollowedColumns } from '../../components/FollowedColumns';
import { WatchListEditor } from '../../components/WatchListEditor';
import { openDb } from '../../utils/collection/db';

document.documentElement.lang = navigator.language;
render(
  <>
    <BackupPanel db={openDb()} />
    <WatchListEditor />
    <FollowedColumns />
  </>,
  document.getElementById('app')!,
);
