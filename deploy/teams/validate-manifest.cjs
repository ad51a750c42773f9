// Validates a Teams app manifest, and the localization files it names, against Microsoft's official JSON schema of
// the manifest version it declares (shipped in the npm package @microsoft/app-manifest), offline.
//   node validate-manifest.cjs <node_modules folder> <manifest.json>
// Prints each problem and exits 1 when there is any; exits 0 and prints what was checked otherwise.
const fs = require("fs");
const path = require("path");
const [nodeModules, manifestPath] = process.argv.slice(2).map(p => p && path.resolve(p));
if (!nodeModules || !manifestPath) {
  console.error("usage: node validate-manifest.cjs <node_modules> <manifest.json>");
  process.exit(2);
}

const Ajv = require(path.join(nodeModules, "ajv-draft-04"));
const addFormats = require(path.join(nodeModules, "ajv-formats"));
const schemas = path.join(nodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams");

const read = file => JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
const manifest = read(manifestPath);
const version = manifest.manifestVersion;
const versionFolder = path.join(schemas, `v${version}`);
if (!version || !fs.existsSync(versionFolder)) {
  console.error(`${manifestPath}: no official schema for manifestVersion "${version}"`);
  process.exit(1);
}

// The declared $schema must be the one of the declared version, or tools and Teams disagree about the rules.
const problems = [];
if (!String(manifest.$schema || "").includes(`/v${version}/MicrosoftTeams.schema.json`)) {
  problems.push(`${manifestPath}: $schema ${manifest.$schema} is not the schema of manifestVersion ${version}`);
}

// The localization schema has patterns that are valid ECMA-262 but not in unicode mode (a lone "]").
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const check = (file, document, schemaFile) => {
  const validate = ajv.compile(read(path.join(versionFolder, schemaFile)));
  if (!validate(document)) {
    for (const e of validate.errors) {
      problems.push(`${file}: ${e.instancePath || "/"} ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`);
    }
  }
  console.log(`checked ${path.basename(file)} against v${version}/${schemaFile}`);
};

check(manifestPath, manifest, "MicrosoftTeams.schema.json");
for (const language of (manifest.localizationInfo && manifest.localizationInfo.additionalLanguages) || []) {
  const file = path.join(path.dirname(manifestPath), language.file);
  if (!fs.existsSync(file)) {
    problems.push(`${manifestPath}: the localization file ${language.file} is missing`);
    continue;
  }
  check(file, read(file), "MicrosoftTeams.Localization.schema.json");
}

for (const p of problems) console.error(p);
process.exit(problems.length === 0 ? 0 : 1);
