// Chats with the bot through the Agents Playground's own web page in headless Chromium, as a person would:
// help in the personal chat, setup from a channel post that @mentions the bot, roles given on the roles card, and a
// Danish coordinator's first steps after that: a proposal, an onboarding answered by new posts, the week, a typo.
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
    await page.getByText('Jeg skriver dansk til dig her.').last().waitFor();
    await page.locator('[role="textbox"][data-lexical-editor="true"]').last().click();
    await page.keyboard.type('hjælp');
    await page.keyboard.press('Enter');
    await page.getByText('Det kan jeg hjælpe med').waitFor();
    await shot('1-help');
    step('personal chat: "sprog dansk", then "hjælp" shows the Danish help card');

    await page.getByText('General', { exact: true }).click();
    await page.locator('[role="textbox"][data-lexical-editor="true"]').first().click();
    await page.keyboard.type('@Test');
    await page.getByRole('menuitem', { name: 'Test Bot' }).click();
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

    // The welcome card has a "Roller" button too: the one under the saved setup is meant.
    await page.getByRole('group').filter({ hasText: 'Opsætningen er gemt' }).getByRole('button', { name: 'Roller' }).click();
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

    // A Danish coordinator's first hour, further: a proposal with a date in its title, onboarding by new posts in the
    // channel, the week, and a typo. Every answer in Danish though the Playground says en-US; nothing from data a list.
    const post = async text => {
      await page.locator('[role="textbox"][data-lexical-editor="true"]').first().click();
      await page.keyboard.type('@Test');
      await page.getByRole('menuitem', { name: 'Test Bot' }).click();
      await page.keyboard.type(` ${text}`);
      await page.getByRole('button', { name: 'Post' }).click();
    };
    const noListFromData = async () => {
      const lists = await page.locator('ol, h1, h2, h3, em').allTextContents();
      const fromData = lists.filter(t => /marts|vigtigt/.test(t));
      if (fromData.length > 0) throw new Error(`data rendered as Markdown: ${JSON.stringify(fromData)}`);
    };

    await post('beslutning ny');
    await page.getByText('Ny beslutning').last().waitFor();
    await page.getByLabel('Titel').last().fill('Drift fra 1. marts 2027');
    await page.getByRole('combobox', { name: 'Type', exact: true }).last().click();
    await page.getByRole('option', { name: 'Operationel beslutning' }).click();
    await page.getByRole('combobox', { name: 'Hvem beslutter' }).last().click();
    await page.getByRole('option', { name: 'Styregruppe' }).click();
    await page.getByLabel(/^Kontekst/).last().fill('*vigtigt*: 1. marts 2027 er fristen for kommunerne.');
    await page.getByLabel('Forslag til beslutning').last().fill('# 3 kommuner går i drift samtidig.');
    await page.getByRole('button', { name: 'Send til afstemning' }).last().click();
    await page.getByText(/er sendt til afstemning i kanalen/).last().waitFor();
    await page.getByText('Drift fra 1. marts 2027').last().waitFor();
    await page.getByText('*vigtigt*: 1. marts 2027 er fristen for kommunerne.').last().waitFor();
    await noListFromData();
    await page.getByText('*vigtigt*: 1. marts 2027 er fristen for kommunerne.').last().scrollIntoViewIfNeeded();
    await shot('5-decision-proposed');
    step('channel: a decision titled "Drift fra 1. marts 2027" with "*vigtigt*" and "# 3" in it is proposed; all shown as typed');

    await post('onboarding ny');
    await page.getByText('Hvilken kommune skal onboardes?').last().waitFor();
    await page.getByText(/nyt opslag i kanalen/).last().waitFor();
    await post('Århus');
    await page.getByText('Aarhus Kommune ✓').last().waitFor();
    await page.getByText('Hvilken medlemsmodel?').last().waitFor();
    await page.getByText('Medlem af OS2', { exact: true }).last().click();
    await page.getByRole('button', { name: 'Næste' }).last().click();
    await page.getByText('Hvem er faglig kontaktperson?').last().waitFor();
    await post('Jens Jensen jje@aarhus.dk');
    await page.getByText('Hvem er teknisk kontaktperson?').last().waitFor();
    await post('tekniker@aarhus.dk, Tina Tekniker');
    await page.getByText('Hvilken leverandør står for den tekniske tilslutning?').last().waitFor();
    await page.getByText('*Contoso* A/S', { exact: true }).last().click();
    await page.getByRole('button', { name: 'Næste' }).last().click();
    await page.getByText('Hvornår skal kommunen gå i drift (dato)?').last().waitFor();
    await post('1. marts 2027');
    await page.getByText('Onboarding: Aarhus Kommune').last().waitFor();
    await noListFromData();
    await page.getByText('Onboarding: Aarhus Kommune').last().scrollIntoViewIfNeeded();
    await shot('6-onboarding-by-posts');
    step('channel: "onboarding ny" answered by new posts ("Århus", "Jens Jensen jje@aarhus.dk", "1. marts 2027") and buttons; the checklist posted');

    await post('opgaver');
    await page.getByText(/Ugens plan – uge \d+/).last().waitFor();
    await page.getByText(/Ugens plan – uge \d+/).last().scrollIntoViewIfNeeded();
    await shot('7-week');
    step('channel: "opgaver" shows the week\'s plan in Danish');

    await post('beslutnigner');
    await page.getByText(/Den kommando kender jeg ikke\. Mente du »beslutninger«/).last().waitFor();
    await page.getByRole('button', { name: /beslutninger/ }).last().waitFor();
    await page.getByText(/Den kommando kender jeg ikke\. Mente du »beslutninger«/).last().scrollIntoViewIfNeeded();
    await shot('8-typo');
    step('channel: the typo "beslutnigner" is answered in Danish with the closest commands as buttons');
  } catch (e) {
    await shot('failure').catch(() => {});
    console.error(`failed: ${e.message}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
})();
