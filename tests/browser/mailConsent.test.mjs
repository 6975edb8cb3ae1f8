// "Finalise and notify SO" before a Global Administrator has approved the solution's Microsoft Graph Mail.Send
// request: the enquiry is still finalised (the officer reads the answer in Ask TPS), the TPSO is told the email
// could not be sent, and sends it again from the enquiry once the approval is given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seriousViolations, siteAndBrowser, OWNER, restAs } from './harness.mjs';

const SO1 = 'so1@boutique.local';
const TPSO1 = 'tpso1@boutique.local';
const env = siteAndBrowser();

async function local(path, body) {
  const r = await fetch(`${env.site.url}/_local/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Local-User': OWNER },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  assert.ok(r.ok, `/_local/${path}: ${r.status}`);
  return r.json();
}

async function postAsOfficer() {
  const digest = (await restAs(env.site, SO1, '/contextinfo', { method: 'POST' })).FormDigestValue;
  const key = `consent-${Date.now().toString(36)}`;
  const item = await restAs(env.site, SO1, "/web/lists/getByTitle('Enquiries')/items", {
    method: 'POST',
    headers: { 'Content-Type': 'application/json;odata=nometadata', 'X-RequestDigest': digest },
    body: JSON.stringify({
      Title: key,
      RequestKey: key,
      WorkType: 'AIC',
      Status: 'Waiting',
      Reason: 'System will not allow updates',
      Question: 'The rate will not update after the income change.',
      ReferencesChecked: ['Operational Blueprint'],
      CustomerOnHold: false,
      CentreTimeZone: 'Australia/Melbourne',
      RequesterKey: SO1
    })
  });
  return item.Id;
}

test('without Mail.Send consent the enquiry is finalised, the TPSO is told, and sends the email again later', async () => {
  await local('graph-consent', { granted: false });
  const id = await postAsOfficer();
  const page = await env.newPage({ timezoneId: 'Australia/Hobart' });
  await page.goto(`${env.site.url}/?persona=${encodeURIComponent(TPSO1)}&webpart=tps-queue`);
  const open = page.getByRole('button', { name: new RegExp(`^Open #${id},`) });
  await open.waitFor({ timeout: 30000 });
  await open.click();
  const claim = page.getByRole('button', { name: 'Claim', exact: true });
  await page.waitForFunction((el) => el && !el.disabled, await claim.elementHandle(), { timeout: 15000 });
  await claim.click();
  await page.getByTestId('queue-announcer').getByText(`You claimed enquiry #${id}.`).waitFor({ timeout: 15000 });
  await page.getByRole('textbox', { name: /^Reference 1$/ }).fill('111-05070020');
  await page.getByRole('textbox', { name: /Comments/ }).fill('Recode the income as the reference says, then reassess.');
  await page.getByRole('button', { name: 'Finalise and notify SO' }).click();

  await page
    .getByText(
      new RegExp(`Enquiry #${id} is finalised: .* can read the answer in Ask TPS\\. The email could not be sent`)
    )
    .first()
    .waitFor({ timeout: 15000 });
  const stored = await restAs(
    env.site,
    SO1,
    `/web/lists/getByTitle('Enquiries')/items(${id})?$select=Status,Resolution,NotifiedAt`
  );
  assert.equal(stored.Status, 'Resolved', 'the answer is saved');
  assert.equal(stored.Resolution, 'Recode the income as the reference says, then reassess.');
  assert.ok(!stored.NotifiedAt, 'not recorded as notified');
  let outbox = await local('outbox');
  assert.equal(outbox.filter((m) => m.subject.includes(`#${id}`)).length, 0, 'no mail went');

  // Later, from the enquiry (Resolved today): still refused while consent is missing, sent once it is given.
  await page.getByRole('tab', { name: /Resolved today/ }).click();
  await open.waitFor({ timeout: 15000 });
  await open.click();
  const again = page.getByRole('button', { name: 'Send the email again' });
  await again.waitFor({ timeout: 15000 });
  assert.deepEqual(await seriousViolations(page), []);
  await again.click();
  await page
    .getByText(/The email could not be sent: this organisation has not yet approved/)
    .first()
    .waitFor({ timeout: 15000 });
  await local('graph-consent', { granted: true });
  await again.click();
  await page
    .getByTestId('queue-announcer')
    .getByText(`The answer to enquiry #${id} was emailed to Sam Service.`)
    .waitFor({ timeout: 15000 });
  outbox = await local('outbox');
  const mails = outbox.filter((m) => m.subject.includes(`#${id}`));
  assert.equal(mails.length, 1, 'exactly one mail');
  assert.doesNotMatch(JSON.stringify(mails[0]), /123\s?456\s?789/);
  const after = await restAs(env.site, SO1, `/web/lists/getByTitle('Enquiries')/items(${id})?$select=NotifiedAt`);
  assert.ok(after.NotifiedAt, 'notified once the mail went');
});

test('without Mail.Send consent an outcome other than an answer is recorded, and its email sent again later', async () => {
  await local('graph-consent', { granted: false });
  const id = await postAsOfficer();
  const page = await env.newPage({ timezoneId: 'Australia/Hobart' });
  try {
    await page.goto(`${env.site.url}/?persona=${encodeURIComponent(TPSO1)}&webpart=tps-queue`);
    const open = page.getByRole('button', { name: new RegExp(`^Open #${id},`) });
    await open.waitFor({ timeout: 30000 });
    await open.click();
    const claim = page.getByRole('button', { name: 'Claim', exact: true });
    await page.waitForFunction((el) => el && !el.disabled, await claim.elementHandle(), { timeout: 15000 });
    await claim.click();
    await page.getByTestId('queue-announcer').getByText(`You claimed enquiry #${id}.`).waitFor({ timeout: 15000 });
    await page.getByRole('radio', { name: /Confirm-only contact/ }).check({ force: true });
    await page.getByRole('button', { name: 'Record outcome and notify SO' }).click();
    await page
      .getByText(
        new RegExp(
          `Enquiry #${id} is finalised with its outcome: .* can read it in Ask TPS\\. The email could not be sent`
        )
      )
      .first()
      .waitFor({ timeout: 15000 });
    const stored = await restAs(
      env.site,
      SO1,
      `/web/lists/getByTitle('Enquiries')/items(${id})?$select=Status,Resolution,NotifiedAt`
    );
    assert.equal(stored.Status, 'Resolved', 'the outcome is recorded');
    assert.match(stored.Resolution, /references/);
    assert.ok(!stored.NotifiedAt, 'not recorded as notified');
    assert.equal((await local('outbox')).filter((m) => m.subject.includes(`#${id}`)).length, 0, 'no mail went');

    await page.getByRole('tab', { name: /Resolved today/ }).click();
    await open.waitFor({ timeout: 15000 });
    await open.click();
    const again = page.getByRole('button', { name: 'Send the email again' });
    await again.waitFor({ timeout: 15000 });
    assert.deepEqual(await seriousViolations(page), []);
    await local('graph-consent', { granted: true });
    await again.focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('queue-announcer')
      .getByText(new RegExp(`enquiry #${id} was emailed to`))
      .waitFor({ timeout: 15000 });
    const mails = (await local('outbox')).filter((m) => m.subject.includes(`#${id}`));
    assert.equal(mails.length, 1, 'exactly one mail');
    assert.match(JSON.stringify(mails[0]), /references/);
  } finally {
    await local('graph-consent', { granted: true });
  }
});
