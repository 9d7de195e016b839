// The progress line while a fill runs, e.g. "Selecting repositories 3 of 6".
import type { FillProgress } from '../model/fill-progress.ts';
import { words } from '../model/i18n.ts';
import { levelLabels, permissionInfo } from '../model/permission-catalog.ts';

export function describeProgress(progress: FillProgress): string {
  switch (progress.kind) {
    case 'selecting-repository':
      return words('progress_selectingRepositories', progress.position, progress.total);
    case 'removing-repository':
      return progress.name ? words('progress_removing', progress.name) : words('progress_removingRepository', progress.id);
    case 'setting-permission':
      return words('progress_settingPermissions', progress.position, progress.total, permissionInfo(progress.key)?.name ?? progress.key, levelLabels[progress.level]);
  }
}
