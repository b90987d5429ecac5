import { render } from 'preact';
import { BackupPanel } from '../../components/BackupPanel';
import { DefaultTagsEditor } from '../../components/DefaultTagsEditor';
import { DeleteAllPanel } from '../../components/DeleteAllPanel';
import { FollowedColumns } from '../../components/FollowedColumns';
import { SitesPanel } from '../../components/SitesPanel';
import { WatchListEditor } from '../../components/WatchListEditor';
import { openDb } from '../../utils/collection/db';

document.documentElement.lang = navigator.language;
const db = openDb();
render(
  <>
    <BackupPanel db={db} />
    <WatchListEditor />
    <SitesPanel />
    <DefaultTagsEditor />
    <FollowedColumns />
    <DeleteAllPanel db={db} />
  </>,
  document.getElementById('app')!,
);
