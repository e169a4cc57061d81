// Leitbild processes, as the demo admin: the list, the start form, and of the
// flow's process its overview, edit form, setup page, a department, the text,
// its form and a version with its comparison; the forms also submitted with
// mistakes. And the demo data's process, which has many departments and people.
// The evaluation: the demo process's page (its start form also sent without an
// end), the survey the flow opened there and the confirmation of closing it,
// the flow process's survey with one answer; the flow process's adoption page
// (adopted) and planner; the confirmation before printing link cards.

import { submitButton } from '../lib/browser.mjs';
import { submitAndAudit, submitInvalid, visit } from '../lib/audit.mjs';
import { fail } from '../lib/results.mjs';

export async function signedIn(page, L, ids) {
  const P = ids.leitbild || {};
  await visit(page, L, 'leitbild', '/leitbild');
  if (!P.overview) {
    fail(`[${L}] leitbild: the flow made no process`);
    return;
  }
  await visit(page, L, 'leitbild-new', P.new);
  await submitInvalid(page, L, 'leitbild-new-error', P.new, submitButton(P.new));
  await visit(page, L, 'leitbild-overview', P.overview);
  await visit(page, L, 'leitbild-edit', P.edit);
  await submitInvalid(page, L, 'leitbild-edit-error', P.edit, submitButton(P.edit), {
    fill: (page) => page.fill('#f-title', ''),
  });
  await visit(page, L, 'leitbild-setup', P.setup);
  await submitInvalid(page, L, 'leitbild-setup-error', P.setup, submitButton(`${P.overview}/departments`), {
    fill: (page) => page.fill('#f-dep_headcount', '0'),
  });
  if (P.department) await visit(page, L, 'leitbild-department', P.department);
  await visit(page, L, 'leitbild-draft', P.draft);
  await visit(page, L, 'leitbild-draft-edit', P.draftEdit);
  await submitInvalid(page, L, 'leitbild-draft-edit-error', P.draftEdit, submitButton(P.draftEdit), {
    fill: (page) => page.fill('#f-slogan', ''),
  });
  if (P.version) await visit(page, L, 'leitbild-version', P.version);
  if (P.rounds) {
    await visit(page, L, 'leitbild-rounds', P.rounds);
    await submitInvalid(page, L, 'leitbild-rounds-error', P.rounds, submitButton(P.rounds), {
      fill: (page) => page.fill('#f-closes', ''),
    });
  }
  if (P.round) await visit(page, L, 'leitbild-round', P.round);
  // the demo district's round: comments partly answered; an answer without a reason
  const demoRound = await page.evaluate(async () => {
    const r = await fetch('/leitbild/2/rounds');
    const m = (await r.text()).match(/href="(\/leitbild\/2\/rounds\/\d+)"/);
    return m ? m[1] : null;
  });
  if (demoRound) {
    await visit(page, L, 'leitbild-demo-round', demoRound);
    await submitInvalid(page, L, 'leitbild-demo-round-error', demoRound, 'main form[action*="/comments/"] button[type="submit"]');
  } else {
    fail(`[${L}] leitbild: the demo district has no feedback round`);
  }
  if (P.department) {
    await submitAndAudit(page, L, 'leitbild-department-link', P.setup, `main form[action="${P.department}/link"] button`);
  }
  await visit(page, L, 'leitbild-demo-overview', '/leitbild/1');
  await visit(page, L, 'leitbild-demo-setup', '/leitbild/1/setup');
  // the workshops of the demo process: the list with participation and assignments,
  // workshop 1 (notes, value cards), 3 (slogans, principles) and the mini-workshop
  // (assignments); the planning form and a value card sent with mistakes
  await visit(page, L, 'leitbild-workshops', '/leitbild/1/workshops');
  await submitInvalid(page, L, 'leitbild-workshops-plan-error', '/leitbild/1/workshops', submitButton('/leitbild/1/workshops'));
  await visit(page, L, 'leitbild-workshop-vision', '/leitbild/1/workshops/1');
  await submitInvalid(page, L, 'leitbild-workshop-card-error', '/leitbild/1/workshops/1', submitButton('/leitbild/1/workshops/1/cards'), {
    fill: (page) => page.fill('#f-value-votes', '1000'),
  });
  await visit(page, L, 'leitbild-workshop-goals', '/leitbild/1/workshops/3');
  await visit(page, L, 'leitbild-workshop-mini', '/leitbild/1/workshops/4');
  await visit(page, L, 'leitbild-workshops-empty', `${P.overview}/workshops`);
  await visit(page, L, 'leitbild-evaluation', '/leitbild/1/evaluation');
  await submitInvalid(page, L, 'leitbild-evaluation-error', '/leitbild/1/evaluation', submitButton('/leitbild/1/evaluation'), {
    fill: (page) => page.fill('#f-closes', ''),
  });
  if (P.demoSurvey) {
    await visit(page, L, 'leitbild-survey', P.demoSurvey);
    await submitAndAudit(page, L, 'leitbild-survey-close-ask', P.demoSurvey, `main form[action="${P.demoSurvey}/close"] button`);
  } else {
    fail(`[${L}] leitbild: the flow opened no survey on the demo process`);
  }
  if (P.survey) await visit(page, L, 'leitbild-survey-answered', P.survey);
  if (P.adoption) await visit(page, L, 'leitbild-adoption-adopted', P.adoption);
  if (P.planner) await visit(page, L, 'leitbild-planner', P.planner);
  await submitAndAudit(page, L, 'leitbild-cards-ask', '/leitbild/1/setup', 'main form[action="/leitbild/1/links/cards"] button');
}

// Staff's page through a participation link (no account): the flow's (its round
// closed, the answer shown, the survey form with the answers given, also sent
// with a rating that is not on the scale), the leader's (with the way to the
// sign-off) and the demo district's (a round open), with a comment sent empty.
export async function participant(page, L, ids) {
  const P = ids.leitbild || {};
  if (P.participate) {
    await visit(page, L, 'leitbild-participate', P.participate);
    if (P.survey) {
      await submitInvalid(page, L, 'leitbild-survey-form-error', P.participate, submitButton(`${P.participate}/evaluation`), {
        fill: (page) => page.evaluate(() => {
          const r = document.querySelector('#f-rating-1-1');
          r.value = '9';
          r.checked = true;
        }),
      });
    }
  }
  if (P.leader) await visit(page, L, 'leitbild-participate-leader', P.leader);
  const demo = ids.login && ids.login.participate;
  if (!demo) {
    fail(`[${L}] leitbild: the demo server printed no participation link`);
    return;
  }
  await visit(page, L, 'leitbild-participate-open', demo);
  await submitInvalid(page, L, 'leitbild-participate-error', demo, submitButton(`${demo}/comment`));
}

// The adoption of the demo process (adopted, published for everyone, translated into
// English – outdated – and Arabic), as the demo admin on its team: the team's page (its
// offer form also sent with a version that does not exist), the confirmation of
// withdrawing the publication, a translation form (also sent empty), an outdated one,
// the adopted text inside ikoe in German and in Arabic.
export async function adoption(page, L) {
  const P = '/leitbild/1';
  await visit(page, L, 'leitbild-adoption', `${P}/adoption`);
  await submitInvalid(page, L, 'leitbild-adoption-error', `${P}/adoption`, submitButton(`${P}/adoption/offer`), {
    fill: (page) => page.evaluate(() => {
      const select = document.querySelector('#f-number');
      select.options[0].value = '999';
      select.selectedIndex = 0;
    }),
  });
  await submitAndAudit(page, L, 'leitbild-publication-withdraw', `${P}/adoption`, submitButton(`${P}/publication/withdraw`));
  await visit(page, L, 'leitbild-translation-new', `${P}/translations/fa`);
  await submitInvalid(page, L, 'leitbild-translation-error', `${P}/translations/fa`, submitButton(`${P}/translations/fa`));
  await visit(page, L, 'leitbild-translation-outdated', `${P}/translations/en`);
  await visit(page, L, 'leitbild-text', `${P}/text`);
  await visit(page, L, 'leitbild-text-ar', `${P}/text?lang=ar`);
}

// Without an account: the public page of the demo process (its interface in the language
// of the text: German, or Arabic right to left), and the sign-off page of a link nobody
// has (404, a page of its own). The flow's leader's sign-off page once signed (the
// flow audits it before), and the flow's process's public page.
export async function adoptionPublic(page, L, ids) {
  const P = ids.leitbild || {};
  await visit(page, L, 'leitbild-public', L === 'ar' ? '/l/1?lang=ar' : '/l/1');
  if (P.signoff) await visit(page, L, 'leitbild-signoff-signed', P.signoff);
  // its text is German only, and the public page speaks the language of its text
  if (P.public && L === 'de') await visit(page, L, 'leitbild-public-flow', P.public);
  await visit(page, L, 'leitbild-signoff-unknown', '/mitmachen/no-such-link/freigabe', { status: 404 });
}

// The success-criteria dashboard of both demo processes (the completed one with
// workshops, sign-offs, measures and an evaluation; the district's mid-way in a
// round), as the demo admin on their team: charts, tables, the export links.
export async function dashboard(page, L) {
  await visit(page, L, 'leitbild-dashboard', '/leitbild/1/dashboard');
  await visit(page, L, 'leitbild-dashboard-round', '/leitbild/2/dashboard');
}
