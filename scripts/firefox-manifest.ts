// Firefox's manifest is derived from the source manifest at build time, never kept by hand:
// Firefox runs MV3 backgrounds as event pages (background.scripts) and needs a fixed add-on id.

export interface SourceManifest {
  readonly background: { readonly service_worker: string; readonly type?: 'module' };
  readonly storage?: { readonly managed_schema?: string };
  /** Chrome's public key (base64 DER), which fixes the extension id of unpacked and self-hosted builds. */
  readonly key?: string;
  readonly [key: string]: unknown;
}

export const firefoxAddonId = 'pat-pilot@alta3.com';

/** data_collection_permissions needs Firefox 140 on desktop and 142 on Android. */
export const firefoxMinimumVersion = '142.0';

export function firefoxManifest(source: SourceManifest): Record<string, unknown> {
  // Firefox takes managed storage from policies.json, not from a schema in the manifest, and its
  // add-on id from gecko.id: Chrome's `key` means nothing there.
  const { storage: _managedSchema, key: _chromeKey, background, ...rest } = source;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type ?? 'module' },
    browser_specific_settings: {
      gecko: {
        id: firefoxAddonId,
        strict_min_version: firefoxMinimumVersion,
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
