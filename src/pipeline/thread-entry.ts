/**
 * The file a worker thread starts for the module at `moduleUrl` (which must also be passed as
 * `workerData.module`): compiled (dist/*.js), the module itself; from TypeScript sources (tests,
 * tsx), worker-entry.mjs, which registers tsx in the thread first and then imports the module.
 */
export function threadEntry(moduleUrl: string): URL {
  return moduleUrl.endsWith('.ts') ? new URL('./worker-entry.mjs', import.meta.url) : new URL(moduleUrl);
}
