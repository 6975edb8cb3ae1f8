// QOL Checks in real Chromium against a provisioned and seeded local SharePoint: a TPSO records checks of each
// outcome through the form (keyboard for the officer picker and the pillars), a CRN in the activity reference is
// refused and nothing is lost; the officer sees their critical check, acknowledges the feedback and confirms the
// correction (and the responses land once, over REST); another officer reads none of it, in the page or over REST;
// the Team Leader's summary equals a count made here from REST as the site owner. Requests per first render and
// axe-core in the three workbench layouts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, seriousViolations } from './harness.mjs';

const OWNER = 'owner@boutique.local';
const SO1 = 'so1@boutique.local';
const SO2 = 'so2@boutique.local';
const TPSO1 = 'tpso1@boutique.local';
const TPSO2 = 'tpso2@boutique.local';
const TL = 'tl@boutique.local';
const API = '/sites/boutique/_api';
const RUN = Date.now().toString(36).slice(-5).toUpperCase();

let site;
let browser;
const figures = {};

before(async () => {
  [site, browser] = await Promise.all([startSite({ empty: false }), launchBrowser()]);
});

after(async () => {
  if (browser) await browser.close();
  if (site) await site.stop();
  console.log('QOL Checks measured requests:', JSON.stringify(figures));
});

async function rest(login, path, init = {}) {
  const headers = { Accept: 'application/json;odata=nometadata', 'X-Local-User': login, ...(init.headers || {}) };
  const r = await fetch(site.url + API + path, { ...init, headers });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : undefined };
}

/** Every item of a list as `login` (pages of 5,000 through the nextLink). */
async function allItems(login, list, query) {
  let path = `/web/lists/getByTitle('${list}')/items?$top=5000${query ? '&' + query : ''}`;
  const out = [];
  for (;;) {
    const r = await rest(login, path);
    assert.equal(r.status, 200, `${list} as ${login}: ${JSON.stringify(r.body)}`);
    out.push(...r.body.value);
    const next = r.body['odata.nextLink'];
    if (!next) return out;
    path = next.slice(next.indexOf('/_api') + 5);
  }
}

async function merge(login, path, body) {
  const digest = (await rest(login, '/contextinfo', { method: 'POST' })).body.FormDigestValue;
  const r = await rest(login, path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: {
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*',
      'X-RequestDigest': digest,
      'Content-Type': 'application/json;odata=nometadata'
    }
  });
  assert.ok(r.status < 300, `MERGE ${path}: ${r.status} ${JSON.stringify(r.body)}`);
}

async function requestsOf(context) {
  const cookies = await context.cookies();
  const c = cookies.find((x) => x.name === 'localPageLoad');
  const stats = await site.stats();
  const entry = c ? stats.byPageLoad[decodeURIComponent(c.value)] : undefined;
  return entry ? entry.requests : 0;
}

async function open(login, layout = 'full') {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/?persona=${encodeURIComponent(login)}&webpart=qol-checks&layout=${layout}`);
  await page.getByRole('heading', { name: 'QOL Checks' }).first().waitFor({ timeout: 30000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="webpart-frame"] .ms-Spinner'), undefined, {
    timeout: 30000
  });
  return { context, page };
}

async function noSeriousViolations(page, what) {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, undefined, 1)}`);
}

/** Fills the record form; the officer is picked by typing in the combo box and Enter, pillars ticked with Space. */
async function record(page, { officer, workType, ref, pillars = [], errors = [], feedback = '' }) {
  const combo = page.getByRole('combobox', { name: /Officer checked/ });
  await combo.click();
  await combo.fill('');
  await combo.pressSequentially(officer);
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: /Work type/ }).click();
  await page.getByRole('option', { name: workType }).click();
  await page.getByRole('textbox', { name: /Activity reference/ }).fill(ref);
  for (const name of pillars.concat(errors)) {
    await page.getByRole('checkbox', { name }).focus();
    await page.keyboard.press('Space');
  }
  if (feedback) await page.getByRole('textbox', { name: /Feedback to the officer/ }).fill(feedback);
}

async function save(page) {
  await page.getByRole('button', { name: 'Save check' }).click();
}

let criticalRef;

test('a TPSO records a check of each outcome: the outcome follows the pillars, a CRN is refused and the form keeps its input', async () => {
  const { context, page } = await open(TPSO1);
  try {
    figures.tpsoFirstRender = await requestsOf(context);
    // The site gate and one $batch, which also holds the TPSO's own checks of this month and last (indexed
    // CheckerMonthKey): the directed checks' done counts need no second round trip.
    assert.ok(figures.tpsoFirstRender <= 2, `first render took ${figures.tpsoFirstRender} requests`);
    const samDirection = page
      .getByTestId('qol-directed')
      .getByRole('listitem')
      .filter({ hasText: `5 of ${SO1}'s activities` });
    await samDirection.waitFor();
    await samDirection.getByText(/\d+ of 5 done/).waitFor();
    assert.equal(await requestsOf(context), figures.tpsoFirstRender, 'the done counts came with the first $batch');
    await noSeriousViolations(page, 'TPSO view');
    await page.getByRole('button', { name: 'Record a check' }).click();
    await page.getByRole('button', { name: 'Save check' }).waitFor({ timeout: 30000 });

    // A CRN where the activity reference goes: refused, nothing saved, everything typed kept.
    await record(page, {
      officer: 'Sam',
      workType: 'ABSTUDY',
      ref: '123 456 789A',
      pillars: ['Right Rate'],
      feedback: 'Rate used the old estimate.'
    });
    assert.match(await page.getByTestId('qol-outcome').innerText(), /Critical error: the activity goes back/);
    await save(page);
    await page
      .getByText(/The activity reference looks like customer details/)
      .first()
      .waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: /Feedback to the officer/ }).inputValue(),
      'Rate used the old estimate.'
    );
    assert.equal((await allItems(OWNER, 'QOL Checks', `$filter=ActivityRef eq '123 456 789A'`)).length, 0);
    await noSeriousViolations(page, 'record form with a refusal');

    criticalRef = `ACT-CRIT-${RUN}`;
    await page.getByRole('textbox', { name: /Activity reference/ }).fill(criticalRef);
    await save(page);
    await page.getByTestId('qol-recorded').getByText(criticalRef).waitFor();
    assert.match(await page.getByTestId('qol-announcer').innerText(), /Sam Service: Critical error/);

    // A non-critical error needs feedback before it saves.
    await record(page, { officer: 'Priya', workType: 'ABSTUDY', ref: `ACT-NC-${RUN}`, errors: ['Documentation'] });
    assert.match(await page.getByTestId('qol-outcome').innerText(), /Non-critical error/);
    await save(page);
    await page
      .getByText(/Write feedback for the officer/)
      .first()
      .waitFor();
    await page
      .getByRole('textbox', { name: /Feedback to the officer/ })
      .fill('The DOC does not name the reference used.');
    await save(page);
    await page.getByTestId('qol-recorded').getByText(`ACT-NC-${RUN}`).waitFor();

    await record(page, { officer: 'Sam', workType: 'ABSTUDY', ref: `ACT-OK-${RUN}` });
    assert.match(await page.getByTestId('qol-outcome').innerText(), /Correct: no feedback needed/);
    await save(page);
    await page.getByTestId('qol-recorded').getByText(`ACT-OK-${RUN}`).waitFor();

    // Terry directed five of Sam's activities to Tom (demo data): the two checks of Sam's work just recorded count.
    const direction = (await allItems(OWNER, 'QOL Directions', `$filter=TpsoKey eq '${TPSO1}'`)).find(
      (d) => d.OfficerKey === SO1
    );
    const counted = (await allItems(OWNER, 'QOL Checks', `$filter=OfficerKey eq '${SO1}'`)).filter(
      (c) =>
        c.CheckerKey === TPSO1 &&
        c.Outcome &&
        new Date(c.CheckedAt) >= new Date(direction.Created) &&
        new Date(c.CheckedAt) <= new Date(direction.DueDate)
    ).length;
    assert.ok(counted >= 2, 'the two checks of Sam recorded here count');
    await samDirection
      .getByText(`${Math.min(5, counted)} of 5 done`)
      .first()
      .waitFor({ timeout: 30000 });
    const saved = await allItems(OWNER, 'QOL Checks', `$filter=CheckerKey eq '${TPSO1}'`);
    const mine = (ref) => saved.filter((c) => c.ActivityRef === ref);
    assert.deepEqual(
      [criticalRef, `ACT-NC-${RUN}`, `ACT-OK-${RUN}`].map((r) => mine(r).length),
      [1, 1, 1],
      'each check landed once'
    );
    assert.deepEqual(
      [criticalRef, `ACT-NC-${RUN}`, `ACT-OK-${RUN}`].map((r) => mine(r)[0].Outcome),
      ['CriticalError', 'NonCriticalError', 'Correct']
    );
    assert.equal(mine(criticalRef)[0].SentBack, true);
    assert.equal(mine(criticalRef)[0].OfficerKey, SO1);
  } finally {
    await context.close();
  }
});

test('the officer sees the critical check, acknowledges the feedback and confirms the correction; each lands once', async () => {
  assert.ok(criticalRef, 'needs the check recorded above');
  const { context, page } = await open(SO1);
  try {
    figures.officerFirstRender = await requestsOf(context);
    assert.ok(figures.officerFirstRender <= 2, `first render took ${figures.officerFirstRender} requests`);
    const item = page.getByRole('listitem').filter({ hasText: criticalRef });
    await item.getByText('Rate used the old estimate.').waitFor();
    await item.getByText('Sent back: confirm once corrected').waitFor();
    await noSeriousViolations(page, 'officer view');

    await item.getByRole('button', { name: 'Acknowledge feedback' }).focus();
    await page.keyboard.press('Enter');
    await item.getByText('Feedback acknowledged').waitFor();
    await item.getByRole('button', { name: 'Confirm corrected' }).click();
    await item.getByText('Corrected', { exact: true }).waitFor();
    assert.equal(await item.getByRole('button').count(), 0);

    const check = (await allItems(OWNER, 'QOL Checks', `$filter=ActivityRef eq '${criticalRef}'`))[0];
    const responses = (await allItems(OWNER, 'QOL Responses', `$filter=CheckId eq ${check.Id}`))
      .map((r) => r.Kind)
      .sort();
    assert.deepEqual(responses, ['Acknowledged', 'Corrected']);
    // The check itself is untouched by what the officer wrote.
    assert.equal(check.Outcome, 'CriticalError');

    // After a reload the state comes from SharePoint, not the page's memory.
    await page.reload();
    await page
      .getByRole('listitem')
      .filter({ hasText: criticalRef })
      .getByText('Corrected', { exact: true })
      .waitFor({ timeout: 30000 });
  } finally {
    await context.close();
  }
});

test('another officer reads none of it: not in the page, not over REST', async () => {
  const { context, page } = await open(SO2);
  try {
    await page.getByRole('heading', { name: 'My QOL checks' }).waitFor();
    assert.equal(await page.getByText(criticalRef).count(), 0);
    assert.ok((await page.getByRole('listitem').count()) > 0, 'Priya sees her own checks');
  } finally {
    await context.close();
  }
  const results = await rest(SO2, `/web/lists/getByTitle('QOL Results')/items?$filter=OfficerKey eq '${SO1}'`);
  assert.equal(results.status, 200);
  assert.deepEqual(results.body.value, []);
  // QOL Results keeps one folder per officer (its own permissions, Read for that officer): the items endpoint
  // returns folders too, so Priya sees her folder and her results, nothing of Sam's.
  const all = await allItems(SO2, 'QOL Results');
  const mine = all.filter((r) => r.FileSystemObjectType === 0);
  assert.ok(mine.length > 0 && mine.every((r) => r.OfficerKey === SO2), 'only her own results');
  assert.equal(all.filter((r) => r.FileSystemObjectType === 1).length, 1, 'only her own folder');
  const samsFolder = await rest(SO2, `/web/lists/getByTitle('QOL Results')/rootFolder/folders('${SO1}')`);
  assert.equal(samsFolder.status, 404, "Sam's folder does not exist for her");
  // A result inherits its officer's folder: one permission scope per officer, not per check.
  const samsResult = (await allItems(OWNER, 'QOL Results', `$filter=OfficerKey eq '${SO1}'`))[0];
  const unique = await rest(
    OWNER,
    `/web/lists/getByTitle('QOL Results')/items(${samsResult.Id})/hasUniqueRoleAssignments`
  );
  assert.equal(unique.body.value, false);
  const checks = await rest(SO2, "/web/lists/getByTitle('QOL Checks')/items");
  assert.ok(checks.status === 404 || checks.status === 403, `QOL Checks answered ${checks.status}`);
});

test("the Team Leader's summary equals an independent count, and reads clearly in every layout", async () => {
  // The count, made here from everything the site owner can read (no month keys, no app code).
  const now = new Date();
  const checks = (await allItems(OWNER, 'QOL Checks')).filter((c) => {
    const d = new Date(c.CheckedAt);
    return d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth();
  });
  const responses = await allItems(OWNER, 'QOL Responses');
  const said = (id, kind) => responses.some((r) => r.CheckId === id && r.Kind === kind);
  const expected = {
    done: checks.length,
    correct: checks.filter((c) => c.Outcome === 'Correct').length,
    nonCritical: checks.filter((c) => c.Outcome === 'NonCriticalError').length,
    critical: checks.filter((c) => c.Outcome === 'CriticalError').length,
    sendBackOpen: checks.filter((c) => c.Outcome === 'CriticalError' && !said(c.Id, 'Corrected')).length,
    feedbackOpen: checks.filter((c) => c.Outcome !== 'Correct' && !said(c.Id, 'Acknowledged')).length
  };
  const rate = `${Math.round(((expected.nonCritical + expected.critical) / expected.done) * 100)}%`;
  const sentence =
    `${expected.done} checks: ${expected.correct} correct, ${expected.nonCritical} non-critical, ${expected.critical} critical ` +
    `(${rate} error rate); ${expected.sendBackOpen} sent back still open; ${expected.feedbackOpen} feedback not acknowledged.`;

  for (const layout of ['full', 'column', 'teams']) {
    const { context, page } = await open(TL, layout);
    try {
      if (layout === 'full') {
        figures.teamLeaderWithSummary = await requestsOf(context);
      }
      const totals = page.getByTestId('qol-summary-totals');
      await totals.waitFor({ timeout: 30000 });
      assert.equal(await totals.innerText(), sentence);
      const sam = page.getByTestId('qol-by-officer').getByRole('row', { name: new RegExp(SO1) });
      const samChecks = checks.filter((c) => c.OfficerKey === SO1).length;
      assert.equal(await sam.getByRole('cell').first().innerText(), String(samChecks));
      await page.getByTestId('qol-chart').waitFor();
      await noSeriousViolations(page, `summary, ${layout} layout`);
      if (layout === 'full') {
        // Direct three of Priya's activities to Tom by tomorrow; a count of 0 is refused in words first.
        await page.getByRole('button', { name: 'Direct checks to a TPSO' }).click();
        await page.getByRole('button', { name: 'Direct the checks' }).waitFor({ timeout: 30000 });
        await page.getByRole('combobox', { name: 'TPSO' }).click();
        await page.getByRole('option', { name: 'Tom Peer' }).click();
        const officer = page.getByRole('combobox', { name: /Officer whose activities/ });
        await officer.click();
        await officer.pressSequentially('Priya');
        await page.keyboard.press('Enter');
        await page.getByRole('spinbutton', { name: /Number of checks/ }).fill('0');
        const due = new Date(Date.now() + 24 * 3600 * 1000);
        const dueText = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`;
        await page.getByLabel(/Due by/).fill(dueText);
        await page.getByRole('button', { name: 'Direct the checks' }).click();
        await page
          .getByRole('alert')
          .getByText(/whole number from 1 to 100/)
          .waitFor();
        await noSeriousViolations(page, 'direct form with a refusal');
        await page.getByRole('spinbutton', { name: /Number of checks/ }).fill('3');
        await page.getByRole('button', { name: 'Direct the checks' }).click();
        await page.getByTestId('qol-announcer').getByText('3 checks directed to Tom Peer.').waitFor();
        const directions = await allItems(OWNER, 'QOL Directions', `$filter=TpsoKey eq '${TPSO1}'`);
        assert.equal(
          directions.filter((d) => d.OfficerKey === SO2 && d.CheckCount === 3 && d.DirectedByKey === TL).length,
          1
        );
      }
    } finally {
      await context.close();
    }
  }
});

test('urgent QOL: refused for another reason, then asked; two checkers race to claim it and one wins; the officer sees the result', async () => {
  // Fiona checks ABSTUDY too for this test, so both checkers see the request (the site owner keeps the roster).
  const fionaRow = (await allItems(OWNER, 'TPS Roster', `$filter=PersonKey eq '${TPSO2}'`))[0];
  await merge(OWNER, `/web/lists/getByTitle('TPS Roster')/items(${fionaRow.Id})`, {
    WorkTypes: `${fionaRow.WorkTypes};ABSTUDY`
  });
  const ref = `ACT-URG-${RUN}`;

  const officer = await open(SO1);
  try {
    const { page } = officer;
    await page.getByRole('button', { name: 'Ask for an urgent QOL' }).click();
    await page.getByRole('button', { name: 'Ask for an urgent check' }).waitFor({ timeout: 30000 });
    await page.getByRole('combobox', { name: /Work type/ }).click();
    await page.getByRole('option', { name: 'ABSTUDY' }).click();
    await page.getByRole('radio', { name: 'Something else' }).check();
    await page.getByRole('textbox', { name: /Activity reference/ }).fill(ref);
    await page.getByRole('button', { name: 'Ask for an urgent check' }).click();
    await page.getByText(/Urgent QOL is only for immediate customer impact or business-critical work/).waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: /Activity reference/ }).inputValue(),
      ref,
      'the form keeps what was typed'
    );
    await noSeriousViolations(page, 'urgent request refused');
    await page.getByRole('radio', { name: 'Immediate customer impact' }).check();
    await page.getByRole('button', { name: 'Ask for an urgent check' }).click();
    await page
      .getByTestId('qol-my-urgent')
      .getByText(new RegExp(`${ref}.*waiting for a checker`))
      .waitFor();
  } finally {
    await officer.context.close();
  }
  const request = await allItems(OWNER, 'QOL Responses', `$filter=ActivityRef eq '${ref}'`);
  assert.equal(request.length, 1);

  const tom = await open(TPSO1);
  const fiona = await open(TPSO2);
  try {
    const rowOf = (page) => page.getByTestId('qol-urgent-queue').locator(`li[data-request-id="${request[0].Id}"]`);
    await Promise.all([rowOf(tom.page).waitFor(), rowOf(fiona.page).waitFor()]);
    assert.match(await rowOf(tom.page).innerText(), /Waiting \d+ min/);
    await noSeriousViolations(tom.page, 'urgent queue');
    await Promise.all([
      rowOf(tom.page).getByRole('button', { name: 'Claim' }).click(),
      rowOf(fiona.page).getByRole('button', { name: 'Claim' }).click()
    ]);
    const outcome = async (page) => {
      await page.waitForFunction(
        (id) => {
          const li = document.querySelector(`li[data-request-id="${id}"]`);
          return li && /Claimed by/.test(li.textContent || '');
        },
        request[0].Id,
        { timeout: 30000 }
      );
      return rowOf(page).innerText();
    };
    const [tomSees, fionaSees] = await Promise.all([outcome(tom.page), outcome(fiona.page)]);
    const winners = [tomSees, fionaSees].filter((t) => /Claimed by you/.test(t));
    assert.equal(winners.length, 1, `one winner: ${tomSees} | ${fionaSees}`);
    const claims = await allItems(OWNER, 'QOL Checks', `$filter=RequestKey eq 'urgent-${request[0].Id}'`);
    assert.equal(claims.length, 1, 'exactly one claim landed');
    const winner = /Claimed by you/.test(tomSees) ? tom.page : fiona.page;
    const loser = winner === tom.page ? fiona.page : tom.page;
    await loser
      .getByRole('alert')
      .getByText(/has already claimed this urgent check/)
      .waitFor();

    await rowOf(winner).getByRole('button', { name: 'Record the result' }).click();
    await winner.getByRole('button', { name: 'Save check' }).waitFor({ timeout: 30000 });
    await winner.getByRole('checkbox', { name: 'Right Person' }).focus();
    await winner.keyboard.press('Space');
    await winner
      .getByRole('textbox', { name: /Feedback to the officer/ })
      .fill('Coded on the wrong record: recode on the right one.');
    await winner.getByRole('button', { name: 'Save check' }).click();
    await winner.getByTestId('qol-recorded').getByText(ref).waitFor();
    assert.equal(await rowOf(winner).count(), 0, 'a checked request leaves the queue');
    const check = (await allItems(OWNER, 'QOL Checks', `$filter=RequestKey eq 'urgent-${request[0].Id}'`))[0];
    assert.equal(check.Outcome, 'CriticalError');
    assert.equal(check.Urgent, true);
    // Urgent QOL goes without "Finalise and notify" (BRIEF): nothing in the outbox mentions it.
    const outbox = await (await fetch(`${site.url}/_local/outbox`)).json();
    assert.deepEqual(
      outbox.filter((m) => JSON.stringify(m).includes(ref)),
      []
    );
  } finally {
    await tom.context.close();
    await fiona.context.close();
  }

  const back = await open(SO1);
  try {
    await back.page
      .getByTestId('qol-my-urgent')
      .getByText(new RegExp(`${ref}.*checked.*Critical error`))
      .waitFor({ timeout: 30000 });
    await back.page.getByRole('listitem').filter({ hasText: 'Coded on the wrong record' }).first().waitFor();
  } finally {
    await back.context.close();
  }
});

test('Ask TPS: an officer requests an urgent QOL check there; the form loads only when asked for and lands once', async () => {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const page = await context.newPage();
  const scripts = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const ref = `ACT-ASK-${RUN}`;
  try {
    await page.goto(`${site.url}/?persona=${encodeURIComponent(SO1)}&webpart=ask-tps&layout=full`);
    const entry = page.getByRole('button', { name: 'Request an urgent QOL check' });
    await entry.waitFor({ timeout: 30000 });
    const before = scripts.length;
    assert.equal(
      scripts.filter((u) => /RequestUrgentForm/.test(u)).length,
      0,
      `the form is not in the first bundle: ${scripts.join(', ')}`
    );
    await entry.focus();
    await page.keyboard.press('Enter');
    const send = page.getByRole('button', { name: 'Ask for an urgent check' });
    await send.waitFor({ timeout: 30000 });
    assert.ok(scripts.length > before, 'the form came in its own chunk, on demand');
    await noSeriousViolations(page, 'urgent request in Ask TPS');
    // Ask TPS's own form has a work type too: work inside the urgent request form.
    const form = page.getByRole('form', { name: 'Ask for an urgent QOL' });
    await form.getByRole('combobox', { name: /Work type/ }).click();
    await page.getByRole('option', { name: 'ABSTUDY' }).click();
    await form.getByRole('radio', { name: 'Something else' }).check();
    await form.getByRole('textbox', { name: /Activity reference/ }).fill(ref);
    await send.click();
    await page.getByText(/Urgent QOL is only for immediate customer impact or business-critical work/).waitFor();
    await form.getByRole('radio', { name: 'Business-critical work' }).check();
    await send.click();
    await page.getByText(new RegExp(`Urgent QOL requested for ${ref}`)).waitFor({ timeout: 30000 });
    await entry.waitFor();
  } finally {
    await context.close();
  }
  const request = await allItems(OWNER, 'QOL Responses', `$filter=ActivityRef eq '${ref}'`);
  assert.equal(request.length, 1, 'the request landed once');
  assert.equal(request[0].OfficerKey, SO1);
  assert.equal(request[0].UrgentReason, 'BusinessCriticalWork');
});
