// What a fill is doing right now, as the widgets report it; the guide turns it into words.
import type { PermissionLevel } from './permission-catalog.ts';

export type FillProgress =
  | { readonly kind: 'selecting-repository'; readonly position: number; readonly total: number }
  | { readonly kind: 'removing-repository'; readonly name: string | undefined; readonly id: string }
  | { readonly kind: 'setting-permission'; readonly position: number; readonly total: number; readonly key: string; readonly level: PermissionLevel };
