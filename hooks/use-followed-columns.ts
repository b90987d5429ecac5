/** The options page's view of followed columns and their settings, live from storage. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Follow } from '../utils/columns/follow-model';
import { columnSettings, DEFAULT_SETTINGS, listFollows, type ColumnSettings } from '../utils/columns/follow-store';

export function useFollowedColumns(): { follows: Follow[]; settings: ColumnSettings } {
  const [follows, setFollows] = useState<Follow[]>([]);
  const [settings, setSettings] = useState<ColumnSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    const load = async () => {
      setFollows(await listFollows());
      setSettings(await columnSettings());
    };
    void load();
    const onChange = (_c: unknown, area: string) => void (area === 'local' && load());
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return { follows, settings };
}
