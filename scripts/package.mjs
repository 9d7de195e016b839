// `npm run package`: the store packages, built from fresh dists. web-ext zips both folders the
// same way (it skips dotfiles and source maps are not built), one zip per store.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', 'build']);
for (const [target, store] of [['chrome', 'chrome-web-store'], ['firefox', 'firefox-addons']]) {
  run('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'artifacts',
    '--filename', `pat-pilot-${version}-${store}.zip`, '--overwrite-dest']);
}
console.log(`Store packages for ${version} are in artifacts/.`);
