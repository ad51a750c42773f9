// Validates Adaptive Cards with the official adaptivecards library, as a Teams client (schema 1.5) would parse them.
// Usage: node validate-cards.cjs <node_modules dir> <dir of .json cards>
// Prints one JSON object: { "<file>": ["error", ...], ... } (an empty list for a valid card).
const path = require('path');
const fs = require('fs');
const AC = require(path.join(process.argv[2], 'adaptivecards', 'dist', 'adaptivecards.js'));

const report = {};
for (const file of fs.readdirSync(process.argv[3]).filter(f => f.endsWith('.json')).sort()) {
  const errors = [];
  try {
    const json = JSON.parse(fs.readFileSync(path.join(process.argv[3], file), 'utf8'));
    // The library checks "lang" with a global (/g) regular expression, whose lastIndex survives between tests and
    // makes every second valid value fail; start each card from a clean state.
    AC.CardElement.langProperty.regEx.lastIndex = 0;
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    const card = new AC.AdaptiveCard();
    card.parse(json, context);
    for (let i = 0; i < context.eventCount; i++) {
      errors.push(`parse: ${context.getEventAt(i).message}`);
    }
    const validation = card.validateProperties();
    for (const event of validation.validationEvents) {
      errors.push(`validate: ${event.message}`);
    }
  } catch (e) {
    errors.push(`exception: ${e.message}`);
  }
  report[file] = errors;
}
process.stdout.write(JSON.stringify(report));
