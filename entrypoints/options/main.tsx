import { render } from 'preact';
import { useState } from 'preact/hooks';
import { BackupPanel } from '../../components/BackupPanel';
import { DefaultTagsEditor } from '../../components/DefaultTagsEditor';
import { DeleteAllPanel } from '../../components/DeleteAllPanel';
import { FollowedColumns } from '../../components/FollowedColumns';
import { ImportButton } from '../../components/ImportButton';
import { SitesPanel } from '../../components/SitesPanel';
import { StatusLine, type StatusLineProps } from '../../components/StatusLine';
import { TagManager } from '../../components/TagManager';
import { WatchListEditor } from '../../components/WatchListEditor';
import { useJobs } from '../../hooks/use-jobs';
import { openDb } from '../../utils/collection/db';
import { t, uiLanguage } from '../../utils/platform/i18n';

document.documentElement.lang = uiLanguage();
document.title = t('extName');
const db = openDb();

/** Data (size, storage, export, import), the watch list, sites, default tags, the tags, followed columns, delete all. */
function Options() {
  const [status, setStatus] = useState<StatusLineProps>({ text: '', error: false });
  // Imports run as background jobs, as from the popup: closing this page does not drop one.
  const jobs = useJobs(db, setStatus, () => {});
  return (
    <>
      <BackupPanel db={db} onStatus={setStatus}>
        <ImportButton
          importing={jobs.importing}
          onFile={(file) => void jobs.importFile(file)}
          onCancel={() => void jobs.cancelImport()}
        />
        <StatusLine {...status} />
      </BackupPanel>
      <WatchListEditor />
      <SitesPanel />
      <DefaultTagsEditor />
      <TagManager db={db} />
      <FollowedColumns />
      <DeleteAllPanel db={db} />
    </>
  );
}

render(<Options />, document.getElementById('app')!);
