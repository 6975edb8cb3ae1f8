// The Operational Blueprint on the officer's side of Ask TPS, in real Chromium against a provisioned, seeded local
// SharePoint: a stop payment request an officer posts tops a TPSO's queue (seeds 002 item 10, 003, 004); after an
// escalation the card says what to do, with the mySupport link (seed 002 item 8); Apprenticeship Commencements go to
// the task cards, not TPS (seed 000); a flag shows its review (seed 004 feedback protocols); the officer's Smart
// Centre is chosen once and remembered, and the ACT gives Canberra's close of business (BRIEF). axe-core on each view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteAndBrowser, seriousViolations, chooseCentre, restAs } from './harness.mjs';

const SO1 = 'so1@boutique.local';
const SO2 = 'so2@boutique.local';
const TPSO1 = 'tpso1@boutique.local';
const SSO = 'sso@boutique.local';

const env = siteAndBrowser();

const unique = (tag) => `${tag}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function openAskTps(login, page) {
  const p = page || (await env.newPage());
  await p.goto(`${env.site.url}/?persona=${encodeURIComponent(login)}&webpart=ask-tps&layout=full`);
  await p.getByRole('heading', { name: 'My enquiries' }).waitFor({ timeout: 30000 });
  return p;
}

/** The officer starts working in the web part (the resources and their flags are read then, not at first render). */
async function startWorking(page) {
  await page.getByRole('heading', { name: 'Ask Technical Peer Support' }).hover();
}

async function itemsWith(login, marker) {
  const r = await restAs(
    env.site,
    login,
    `/web/lists/getByTitle('Enquiries')/items?$filter=substringof('${marker}',Question)&$select=Id,StopPayment,CentreTimeZone,Reason,Status`
  );
  return r.value;
}

async function fillCommon(page, workType, marker) {
  await page.getByRole('combobox', { name: /^Work type/ }).click();
  await page.getByRole('option', { name: workType }).click();
  await page.getByRole('checkbox', { name: 'Operational Blueprint' }).check({ force: true });
  await page
    .getByRole('textbox', { name: /your question/i })
    .fill(`Arrears raised after the study load change ${marker}`);
}

test('an officer posts a stop payment request from Canberra: the DOC first, close of business in the ACT, first in the TPSO queue; the centre is remembered', async () => {
  const page = await openAskTps(SO2);
  await startWorking(page);
  // Asked once: never the browser's zone.
  await chooseCentre(page, 'Canberra (ACT)');
  const marker = unique('stop');
  await fillCommon(page, 'ABSTUDY', marker);

  // By keyboard: focus the choice and press Space.
  await page.getByRole('checkbox', { name: 'Stop payment request (incorrect arrears)' }).focus();
  await page.keyboard.press('Space');
  const guidance = page.getByTestId('stop-payment-guidance');
  await guidance.waitFor();
  const text = await guidance.innerText();
  assert.match(
    text,
    /Stop Payment Request DOC on the customer's record with the amount and why the customer is not entitled/
  );
  // Close of business in the officer's centre (the ACT keeps its own holidays): always 5:00 pm there.
  assert.match(await page.getByTestId('stop-payment-due').innerText(), /5:00 pm \(Canberra\)/);
  const link = guidance.getByRole('link', { name: 'How to request to stop an incorrect payment (opens in a new tab)' });
  assert.equal(await link.getAttribute('href'), 'https://ictservicedesk.example/how-to-stop-an-incorrect-payment');
  assert.equal(await link.getAttribute('target'), '_blank');
  // The reason was set to arrears for them.
  assert.ok(await page.getByRole('radio', { name: /Arrears or a negative adjustment/ }).isChecked());
  assert.deepEqual(await seriousViolations(page), []);

  // Not posted until they say the DOC is recorded.
  await page.getByRole('button', { name: 'Post enquiry' }).click();
  await page.getByText('Record the Stop Payment Request DOC first, then tick to say you have.').waitFor();
  assert.equal((await itemsWith(SO2, marker)).length, 0);
  await page.getByRole('checkbox', { name: /I have recorded the Stop Payment Request DOC/ }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Post enquiry' }).click();
  await page.getByText(/Posted\./).waitFor({ timeout: 20000 });
  const [posted] = await itemsWith(SO2, marker);
  assert.equal(posted.StopPayment, true);
  assert.equal(posted.CentreTimeZone, 'Australia/Canberra');
  assert.equal(posted.Reason, 'Arrears or negative adjustment unsure');
  const card = page.locator('article', { hasText: marker });
  await card.getByText(/stop payment request/).waitFor({ timeout: 20000 });

  // Remembered on this device: the next visit shows the centre, and asks nothing.
  await openAskTps(SO2, page);
  await page.getByText('Your Smart Centre: Canberra (ACT)').waitFor();
  assert.equal(await page.getByRole('combobox', { name: /Your Smart Centre/ }).count(), 0);

  // The TPSO with the specialty: every row above it is a stop payment request too (older ones first), none routine.
  const queue = await env.newPage();
  await queue.goto(`${env.site.url}/?persona=${encodeURIComponent(TPSO1)}&webpart=tps-queue`);
  await queue.getByRole('tab', { name: 'Waiting' }).waitFor({ timeout: 30000 });
  const open = queue.getByRole('button', { name: new RegExp(`^Open #${posted.Id},`) });
  await open.waitFor({ timeout: 30000 });
  const rows = await queue.getByRole('button', { name: /^Open #\d+,/ }).evaluateAll((els) =>
    els.map((e) => ({
      id: Number(/^Open #(\d+),/.exec(e.getAttribute('aria-label'))[1]),
      stop:
        !!e.closest('[role="row"]') && !!e.closest('[role="row"]').querySelector('[data-testid="stop-payment-badge"]')
    }))
  );
  const at = rows.findIndex((r) => r.id === posted.Id);
  assert.ok(at >= 0);
  assert.ok(rows[at].stop, 'shows the stop payment clock');
  assert.ok(
    rows.slice(0, at).every((r) => r.stop),
    `only stop payment requests above it: ${JSON.stringify(rows)}`
  );
  assert.ok(rows.length > at + 1 && !rows[at + 1].stop, 'routine enquiries below it');
  const badge = queue.getByRole('row').filter({ has: open }).getByTestId('stop-payment-badge');
  assert.match(await badge.innerText(), /ICT by 5:00 pm/);
});

test('an escalated card says what to do now: keep handling, what to say, ICT through mySupport unless Families, with the links', async () => {
  const page = await openAskTps(SO1);
  const card = page.locator('article', { hasText: 'The rate will not recalculate after the income change' }).first();
  await card.waitFor({ timeout: 30000 });
  const guidance = card.getByTestId('escalated-guidance');
  const text = await guidance.innerText();
  assert.match(text, /What to do now/);
  assert.match(text, /Keep handling the customer/);
  assert.match(text, /Tell the customer/);
  assert.match(text, /refer it to ICT yourself through mySupport/);
  assert.match(text, /Unless it is a Families claim/);
  await startWorking(page);
  const mySupport = guidance.getByRole('link', { name: 'mySupport web forms (opens in a new tab)' });
  await mySupport.waitFor({ timeout: 15000 });
  assert.equal(await mySupport.getAttribute('href'), 'https://mysupport.example/webforms');
  assert.equal(await mySupport.getAttribute('target'), '_blank');
  assert.equal(
    await guidance
      .getByRole('link', { name: 'Applications Service Desk Online Incident Reporting Form (opens in a new tab)' })
      .getAttribute('href'),
    'https://ictservicedesk.example/online-incident-form'
  );
  assert.deepEqual(await seriousViolations(page), []);
});

test('Boosting and Completing Apprenticeship Commencements are sent to the task cards and not posted', async () => {
  const page = await openAskTps(SO2);
  await startWorking(page);
  await chooseCentre(page, 'Perth (WA)');
  const marker = unique('apprentice');
  await fillCommon(page, 'Apprentices', marker);
  await page.getByRole('radio', { name: /system won't allow updates/i }).check();
  await page
    .getByRole('checkbox', { name: /Boosting and Completing Apprenticeship Commencements/ })
    .check({ force: true });
  const words = page.getByTestId('task-cards');
  await words.getByText(/use the task cards on the Smart Centres Operations Division home page/).waitFor();
  const link = words.getByRole('link', { name: /task cards \(Apprenticeship Commencements\) \(opens in a new tab\)/ });
  assert.equal(await link.getAttribute('href'), 'https://intranet.example/smart-centres/operations/task-cards');
  await page.getByRole('button', { name: 'Post enquiry' }).click();
  await page.getByText(/go to their task cards, not TPS, so this enquiry isn't posted/).waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal((await itemsWith(SO2, marker)).length, 0, 'nothing posted');
});

test('a flag shows it awaits review, then confirmed once a reviewer confirms it; a declined one says so', async () => {
  const page = await openAskTps(SO1);
  await startWorking(page);
  const card = page.locator('article', { hasText: 'Update the enrolment first, then the study load.' }).first();
  const review = card.getByTestId('flag-review');
  await review.waitFor({ timeout: 15000 });
  assert.match(await review.innerText(), /waiting for review by a Team Leader or Senior Practitioner/);
  assert.equal(await card.getByRole('button', { name: 'Flag answer as incorrect' }).count(), 0, 'flagged once');
  const declined = page.locator('article', { hasText: 'Recode the study load from the course start date' }).first();
  assert.match(await declined.getByTestId('flag-review').innerText(), /declined/);

  // The reviewer confirms it over REST, as their own persona (the officer cannot).
  const enquiryId = Number(await card.getAttribute('data-enquiry-id'));
  const flags = await restAs(
    env.site,
    SSO,
    `/web/lists/getByTitle('Feedback')/items?$filter=EnquiryId eq ${enquiryId}&$select=Id,Status`
  );
  assert.equal(flags.value.length, 1);
  assert.equal(flags.value[0].Status, 'Flagged');
  const digest = (await restAs(env.site, SSO, '/contextinfo', { method: 'POST' })).FormDigestValue;
  await restAs(env.site, SSO, `/web/lists/getByTitle('Feedback')/items(${flags.value[0].Id})`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json;odata=nometadata',
      'X-RequestDigest': digest,
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*'
    },
    body: JSON.stringify({ Status: 'Confirmed' })
  });

  await openAskTps(SO1, page);
  await startWorking(page);
  const after = page.locator('article', { hasText: 'Update the enrolment first, then the study load.' }).first();
  await after.getByText(/Your flag was confirmed: it was sent to the TPS officer's Team Leader/).waitFor({
    timeout: 15000
  });
  assert.deepEqual(await seriousViolations(page), []);
});

test("the ACT is its own centre: on Canberra Day a Canberra officer's close of business is the next business day, Sydney's is today", async () => {
  const page = await env.newPage({ timezoneId: 'Australia/Perth' });
  // Monday 9 March 2026, 10:00 in Canberra and Sydney: Canberra Day is an ACT public holiday only.
  await page.clock.setFixedTime(new Date('2026-03-08T23:00:00Z'));
  await openAskTps(SO2, page);
  await startWorking(page);
  await chooseCentre(page, 'Canberra (ACT)');
  await page.getByRole('checkbox', { name: 'Stop payment request (incorrect arrears)' }).check({ force: true });
  const due = page.getByTestId('stop-payment-due');
  assert.match(await due.innerText(), /Tue 10 Mar 5:00 pm \(Canberra\)/);
  await page.getByRole('button', { name: 'Change centre' }).click();
  await chooseCentre(page, 'Sydney (NSW)');
  assert.match(await due.innerText(), /Mon 9 Mar 5:00 pm \(Sydney\)/);
  assert.deepEqual(await seriousViolations(page), []);
});
