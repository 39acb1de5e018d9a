/** scripts/install-code-server.sh, which `npm start`, `npm test` and `npm run setup` run from inside
 *  npm: the nested installs must not see npm's environment. (code-server's postinstall read
 *  npm_config_user_agent, "node/v20", as its own Node version and refused to install.) */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const SCRIPT = path.resolve(__dirname, '../../../scripts/install-code-server.sh');

describe('scripts/install-code-server.sh', function () {
  this.timeout(30_000);

  it('drops the environment npm exports before it runs npm install', () => {
    const npmEnv = {
      npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
      npm_config_local_prefix: '/somewhere/news-lens',
      npm_config_nodedir: '/usr',
      npm_package_name: 'news-lens',
      npm_lifecycle_event: 'start',
      npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
      INIT_CWD: '/somewhere/news-lens',
      NODE: '/usr/bin/node',
    };
    const r = spawnSync('bash', [SCRIPT, '--print-env'], { encoding: 'utf8', env: { ...process.env, ...npmEnv, KEEP_ME: 'yes' } });
    assert.equal(r.status, 0, r.stderr);
    const names = r.stdout.split('\n').map((l) => l.split('=')[0]);
    const leaked = names.filter((n) => /^npm_/i.test(n) || n === 'INIT_CWD' || n === 'NODE');
    assert.deepEqual(leaked, [], `npm's variables reach the nested installs: ${leaked.join(', ')}`);
    assert.ok(names.includes('KEEP_ME') && names.includes('PATH'), 'the rest of the environment is kept');
  });
});
