// Loaded with `node --import ./bench/peak-rss.mjs …`: at exit, prints the process's peak resident
// memory on standard error as `peak-rss-kb N`, for bench/export.ts.
import { writeSync } from 'node:fs';
process.on('exit', () => {
  writeSync(2, `peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
