import { articles } from "../../content/learn/index.js";
import { demoPeople, session } from "./seed.js";

/** The demo's clinician. The password is public on purpose: this data is for trying Attune out. */
export const demoClinician = {
  name: "Sam Rivera",
  email: "sam@demo.attune.test",
  password: "attune-demo-sam",
};

const DAY_MS = 86_400_000;
const answers = (options: number[]) => options.map((option, i) => ({ item: String(i + 1), option }));

/**
 * Maya shares the demo family with Sam, a perinatal social worker, through the public API as a family would:
 * two of her check-ins a month apart, both shared with clinicians, and a six-month share of the log, its
 * moments and her check-ins, which Sam accepts by its code. Runs once per data directory.
 */
export async function seedClinician(base: string, now = Date.now()) {
  const sam = await session(base, demoClinician, "clinician");
  if (sam.existed) return { seeded: false };
  const maya = await session(base, demoPeople.mother);
  const [family] = (await maya.call("GET", "/api/families")).items;
  if (!family) throw new Error("demo: the demo family must be seeded before its clinician");
  for (const [daysAgo, options] of [
    [30, [1, 2, 1, 2, 1, 1, 1, 0, 0]],
    [2, [1, 1, 0, 1, 1, 0, 1, 0, 0]],
  ] as const) {
    const result = await maya.call("POST", "/api/screenings", {
      instrumentId: "phq9",
      subject: "self",
      answers: answers([...options]),
      completedAt: new Date(now - daysAgo * DAY_MS).toISOString(),
    });
    await maya.call("PATCH", `/api/screenings/${result.id}`, { sharing: { clinicians: true } });
  }
  await maya.call("POST", "/api/thought-records", {
    familyId: family.id,
    situation: "3 a.m., Robin would not settle after the feed and Alex was asleep.",
    automaticThought: "Other mothers know what their baby needs. I should too by now.",
    feelings: [
      { name: "worried", intensity: 70, after: 40 },
      { name: "alone", intensity: 60, after: 35 },
    ],
    evidenceFor: "It took a long time and I tried four things before she settled.",
    evidenceAgainst: "She did settle, on my chest. Yesterday I knew her hungry cry before she cried.",
    balancedThought: "We are both still learning each other, and we found a way back to calm tonight.",
    sharedWithClinicians: true,
  });
  const share = await maya.call("POST", "/api/consents", {
    familyId: family.id,
    scopes: ["entries", "moments", "screenings", "thought_records", "visit_summary"],
    days: 182,
  });
  const accepted = await sam.call("POST", `/api/consents/${share.code}/accept`, {});
  const caseId = accepted.caseId as string;
  await seedCaseFile(sam, caseId);
  return { seeded: true, caseId };
}

/**
 * Sam's first weeks with the family, so every part of the case file and of the family's "From your care
 * team" page has something in it: a formulation, an observation, a referral (to a demo listing when the
 * directory is loaded, else written in), a Learn article to read and PHQ-9 check-ins every four weeks.
 */
async function seedCaseFile(sam: Awaited<ReturnType<typeof session>>, caseId: string) {
  const path = `/api/cases/${caseId}`;
  const overview = await sam.call("GET", path);
  const baby = overview.babies[0];
  const mother = overview.caregivers.find((c: { name: string }) => c.name.startsWith("Maya"));
  if (!baby || !mother) throw new Error("demo: the shared family needs Maya and Robin");
  await sam.call("PUT", `${path}/formulation`, {
    caregiverId: mother.userId,
    babyId: baby.id,
    baseVersion: 0,
    content: {
      caregiver: {
        history:
          "First baby. A long labour ending in an emergency caesarean; Robin spent five days in the NICU.",
        supports: "Alex, who takes the early mornings; her sister nearby.",
        stresses: "Broken sleep; going back to work in four months.",
      },
      baby: {
        temperament: "Alert and sensitive to noise; settles best held upright.",
        prematurity: "Born at 34 weeks: corrected age matters for what to expect.",
      },
      relationship: {
        strengths: "Maya reads Robin's hunger cues early and often talks to her through care.",
        worries: "Maya doubts herself at night, when Robin is hardest to settle.",
      },
      plan: { goals: "Notice and name what already works; calmer nights; check mood monthly." },
    },
  });
  await sam.call("POST", `${path}/observations`, {
    text: "When Robin fussed in our session, you slowed down and talked to her, and she turned to your voice. She knows you.",
    babyId: baby.id,
    caregiverId: mother.userId,
  });
  const nearby = await sam.call("GET", "/api/directory/providers?service=infant_massage");
  const listing = nearby?.items?.[0];
  await sam.call(
    "POST",
    `${path}/referrals`,
    listing
      ? { providerId: listing.id, service: "infant_massage", note: "A small class for babies born early." }
      : {
          name: "Gentle Touch Infant Massage (demo)",
          contact: { phone: "+1 503 555 0142" },
          service: "infant_massage",
          note: "A small class for babies born early.",
        },
  );
  const article = articles[0];
  if (article)
    await sam.call("POST", `${path}/assignments`, {
      kind: "article",
      ref: article.slug,
      note: "Something to read together, when you have a quiet moment.",
    });
  await sam.call("POST", `${path}/checkins`, {
    caregiverId: mother.userId,
    instrumentId: "phq9",
    everyWeeks: 4,
    times: 6,
  });
}
