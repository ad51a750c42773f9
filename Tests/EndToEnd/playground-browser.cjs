// Chats with the bot through the Agents Playground's own web page in headless Chromium, as a person would:
// help in the personal chat, setup from a channel post that @mentions the bot, and roles given on the roles card.
// Usage: node playground-browser.cjs <node_modules dir> <chromium path> <playground url> <screenshot dir>
// Prints one line per step done; exits non-zero with the reason when a step fails.
const path = require('path');
const { chromium } = require(path.join(process.argv[2], 'playwright-core'));
const [executablePath, playground, screenshots] = process.argv.slice(3);

(async () => {
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1300, height: 1300 }, locale: 'da-DK' });
  page.setDefaultTimeout(15000);
  const shot = name => page.screenshot({ path: path.join(screenshots, `${name}.png`) });
  const step = text => console.log(`step: ${text}`);
  try {
    await page.goto(playground);

    await page.getByRole('treeitem', { name: 'Personal Chat' }).click();
    await page.locator('[role="textbox"][data-lexical-editor="true"]').last().click();
    // The Playground says en-US; a Danish coordinator chooses Danish for our chat once.
    await page.keyboard.type('sprog dansk');
    await page.keyboard.press('Enter');
    await page.getByRole('paragraph').filter({ hasText: 'Jeg skriver dansk til dig her.' }).last().waitFor();
    await page.locator('[role="textbox"][data-lexical-editor="true"]').last().click();
    await page.keyboard.type('hjælp');
    await page.keyboard.press('Enter');
    await page.getByText('Det kan jeg hjælpe med').waitFor();
    await shot('1-help');
    step('personal chat: "sprog dansk", then "hjælp" shows the Danish help card');

    await page.getByText('General', { exact: true }).click();
    await page.locator('[role="textbox"][data-lexical-editor="true"]').first().click();
    await page.keyboard.type('@Test');
    await page.getByText('Test Bot', { exact: true }).last().click();
    await page.keyboard.type(' opsætning');
    await page.getByRole('button', { name: 'Post' }).click();
    await page.getByText('Opsætning af fællesskabet').waitFor();
    await page.getByLabel('Produktets navn').fill('OS2mo');
    await page.getByLabel('Koordinatorens timer pr. uge (fx 7,5)').fill('7,5');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Opsætningen er gemt').waitFor();
    await page.getByText('7,5 timer pr. uge').waitFor();
    await shot('2-setup-saved');
    step('channel: setup card filled in and saved, shown in place with "7,5 timer pr. uge"');

    await page.getByRole('button', { name: 'Roller' }).click();
    await page.getByText('Roller i OS2mo').waitFor();
    await page.getByRole('button', { name: 'Tildel en rolle' }).click();
    await page.getByRole('combobox', { name: 'Person' }).click();
    await page.getByRole('option', { name: 'Megan Bowen' }).click();
    await page.getByRole('combobox', { name: 'Rolle', exact: true }).click();
    await page.getByRole('option', { name: 'Leverandør' }).click();
    // A company name with Markdown in it shows as typed: no emphasis, no backslash.
    await page.getByRole('textbox', { name: /Leverandørens firmanavn/ }).fill('*Contoso* A/S');
    await page.getByRole('button', { name: 'Tildel', exact: true }).click();
    await page.getByText('Megan Bowen er nu leverandør (*Contoso* A/S).').waitFor();
    await shot('3-role-assigned');
    step('channel: Megan Bowen given the supplier role, with her company "*Contoso* A/S" shown as typed, from the roles card');

    // The municipality is chosen from the 98: typing filters the list.
    await page.getByRole('button', { name: 'Tildel en rolle' }).click();
    await page.getByRole('combobox', { name: 'Person' }).click();
    await page.getByRole('option', { name: 'Alex Wilber' }).click();
    await page.getByRole('combobox', { name: 'Rolle', exact: true }).click();
    await page.getByRole('option', { name: 'Kommune' }).click();
    await page.getByRole('combobox', { name: /^Kommune/ }).click();
    await page.keyboard.type('Aarh');
    await page.getByRole('option', { name: 'Aarhus Kommune' }).click();
    await page.getByRole('button', { name: 'Tildel', exact: true }).click();
    await page.getByText('Alex Wilber er nu kontaktperson for Aarhus Kommune.').waitFor();
    await shot('4-municipality-chosen');
    step('channel: Alex Wilber given the municipality role, Aarhus Kommune chosen by typing "Aarh" in the list');
  } catch (e) {
    await shot('failure').catch(() => {});
    console.error(`failed: ${e.message}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
})();
