// Checks the Agents Toolkit project offline: each m365agents*.yml against the toolkit's own YAML schema of the
// version it declares (shipped in @microsoft/m365agentstoolkit-cli), and that every ${{NAME}} the project's files
// use has a source: an env/ template, a provisioning step that writes it, or an output of the Bicep template.
//   node validate-project.cjs <repository root>
// Prints each problem and exits 1 when there is any.
const fs = require("fs");
const path = require("path");
const root = path.resolve(process.argv[2] || ".");
const cli = path.join(__dirname, "node_modules", "@microsoft", "m365agentstoolkit-cli");
const yaml = require(path.join(__dirname, "node_modules", "js-yaml"));
const Ajv = require(path.join(__dirname, "node_modules", "ajv"));

const problems = [];
const files = fs.readdirSync(root).filter(f => /^m365agents(\..+)?\.yml$/.test(f));
if (!files.includes("m365agents.yml")) problems.push("m365agents.yml is missing");

// Names the toolkit sets itself.
const sources = new Set(["TEAMSFX_ENV", "APP_NAME_SUFFIX"]);
for (const file of fs.readdirSync(path.join(root, "env")).filter(f => f.startsWith(".env.") && !f.endsWith(".user"))) {
  for (const line of fs.readFileSync(path.join(root, "env", file), "utf8").split("\n")) {
    const m = /^([A-Z0-9_]+)=/.exec(line);
    if (m) sources.add(m[1]);
  }
}
const bicep = fs.readFileSync(path.join(root, "deploy", "azure", "main.bicep"), "utf8");
for (const m of bicep.matchAll(/^output ([A-Z0-9_]+) /gm)) sources.add(m[1]);

const used = new Map();
const use = (file, text) => {
  for (const m of text.matchAll(/\$\{\{([A-Za-z0-9_]+)\}\}/g)) used.set(m[1], file);
};

for (const file of files) {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const document = yaml.load(text);
  const version = document && document.version;
  const schemaFile = path.join(cli, "resource", "yaml-schema", String(version), "yaml.schema.json");
  if (!fs.existsSync(schemaFile)) {
    problems.push(`${file}: the toolkit has no schema for version ${version}`);
    continue;
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
  if (!validate(document)) {
    for (const e of validate.errors) problems.push(`${file}: ${e.instancePath || "/"} ${e.message}`);
  }
  console.log(`checked ${file} against the toolkit's yaml-schema/${version}`);
  use(file, text);
  for (const step of ["provision", "deploy"].flatMap(stage => document[stage] || [])) {
    for (const name of Object.values(step.writeToEnvironmentFile || {})) sources.add(name);
    for (const template of (step.with && step.with.templates) || []) {
      use(template.parameters, fs.readFileSync(path.join(root, template.parameters), "utf8"));
    }
    for (const key of ["manifestPath"]) {
      if (step.with && step.with[key]) {
        const manifest = path.join(root, step.with[key]);
        use(step.with[key], fs.readFileSync(manifest, "utf8"));
        for (const extra of ["en-us.json"]) {
          const localization = path.join(path.dirname(manifest), extra);
          if (fs.existsSync(localization)) use(path.relative(root, localization), fs.readFileSync(localization, "utf8"));
        }
      }
    }
  }
}

for (const [name, file] of used) {
  if (!sources.has(name)) problems.push(`${file}: \${{${name}}} is set by no env/ template, provisioning step or Bicep output`);
}
console.log(`checked ${used.size} placeholders`);
for (const p of problems) console.error(p);
process.exit(problems.length === 0 ? 0 : 1);
