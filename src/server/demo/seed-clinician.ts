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
  const share = await maya.call("POST", "/api/consents", {
    familyId: family.id,
    scopes: ["entries", "moments", "screenings"],
    days: 182,
  });
  const accepted = await sam.call("POST", `/api/consents/${share.code}/accept`, {});
  return { seeded: true, caseId: accepted.caseId as string };
}
