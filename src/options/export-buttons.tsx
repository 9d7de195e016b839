// Export: a recipe (or a broken entry, as stored) leaves as a downloaded file or on the clipboard.
import { words } from '../model/i18n.ts';
import { exportJson } from '../recipe/store.ts';

function downloadJson(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // Firefox starts the download after click() returns, so the URL must outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface ExportButtonsProps {
  readonly id: string;
  readonly entry: unknown;
  /** The element naming the recipe, so "Download JSON" is heard with whose JSON it is. */
  readonly describedBy: string;
  readonly onStatus: (message: string) => void;
}

export function ExportButtons({ id, entry, describedBy, onStatus }: ExportButtonsProps) {
  const fileName = `${id.replace(/[^a-z0-9-]/gi, '_')}.pat-pilot.json`;
  const download = (): void => {
    downloadJson(fileName, exportJson(entry));
    onStatus(words('export_downloaded', fileName));
  };
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(exportJson(entry));
      onStatus(words('export_copied', id));
    } catch (error) {
      onStatus(words('export_copyFailed', (error as Error).message));
    }
  };
  return (
    <>
      <button type="button" class="btn" aria-describedby={describedBy} onClick={download}>{words('export_download')}</button>
      <button type="button" class="btn" aria-describedby={describedBy} onClick={() => void copy()}>{words('export_copy')}</button>
    </>
  );
}
