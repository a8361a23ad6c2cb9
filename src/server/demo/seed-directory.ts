import { backdateListingConfirmation, verifyDemoUsers } from "../../db/demo-writes.js";
import type { AppContext } from "../context.js";
import { fictionalProviders } from "./fictional-providers.js";
import { demoPeople, session } from "./seed.js";

const DAY_MS = 86_400_000;

/** The demo provider: a clinician whose own listing goes through the real application and approval. */
export const demoProvider = { name: "Rosa", email: "rosa@demo.attune.test", password: "attune-demo-rosa" };
/** The demo moderator: appointed by Maya, the instance's admin, as a real admin would. */
export const demoModerator = {
  name: "Jordan",
  email: "jordan@demo.attune.test",
  password: "attune-demo-jordan",
};

/**
 * The demo's addresses (…@demo.attune.test) are fictional, so no mailed link could confirm them: the demo marks
 * them verified, as following the link would, so that Rosa can be listed and Sam can give invitations.
 */
export async function verifyDemoAddresses(attune: AppContext) {
  await verifyDemoUsers(attune.database);
}

/**
 * About 200 clearly fictional providers across the US and the UK: most listed, a few confirmed long ago
 * (so "please reconfirm" shows), a few waiting in the moderation queue. Maya, the instance's admin, makes
 * Jordan a moderator; Rosa applies and Jordan approves her, all through the API; her listing is then due to
 * reconfirm. Running it again changes nothing.
 */
export async function seedDirectory(base: string, attune: AppContext, now = Date.now()) {
  const rosa = await session(base, demoProvider, "clinician");
  if (rosa.existed) return { seeded: false };
  const all = fictionalProviders(200);
  for (const [i, p] of all.entries()) {
    await attune.directory.create(
      { ...p.input, coordinates: p.coordinates },
      {
        ownerId: null,
        source: "demo",
        status: i % 20 === 19 ? "pending" : "approved",
        now: now - (i % 30) * DAY_MS,
        confirmedAt: now - (i % 20 === 7 ? 100 : i % 30) * DAY_MS,
      },
    );
  }
  const application = await rosa.call("POST", "/api/directory/applications", {
    name: "Rosa Delgado, LCSW (demo)",
    kind: "individual",
    about:
      "Demo listing: this provider is fictional. Therapy for mothers, fathers and partners after a hard birth or a NICU stay, in English and Spanish, in person in San Francisco or by video across California.",
    services: ["therapy"],
    focus: ["birth_trauma", "nicu_families", "perinatal_mood_anxiety"],
    approaches: ["emdr", "cbt", "child_parent_psychotherapy"],
    credentials: [{ type: "lcsw", detail: "CA LCSW (demo)" }, { type: "pmh_c" }],
    languages: ["en", "es"],
    insurance: ["aetna", "medicaid"],
    slidingScale: true,
    accepting: true,
    inPerson: { city: "San Francisco", region: "CA", postcode: "94110", country: "US", showAddress: false },
    telehealth: ["US-CA"],
    contact: { email: "rosa@example.org", phone: "+1 415 555 0142" },
  });
  const jordan = await session(base, demoModerator);
  const { user } = await jordan.call("GET", "/api/me");
  const maya = await session(base, demoPeople.mother);
  await maya.call("PATCH", `/api/admin/users/${user.id}`, { role: "moderator" });
  // A listing goes public only for a provider who verified their address; Rosa's is fictional.
  await verifyDemoAddresses(attune);
  await jordan.call("POST", `/api/directory/moderation/${application.id}/approve`, {});
  // Rosa last confirmed 100 days ago, so her "My listing" shows the reconfirm reminder (a demo cannot wait 90
  // days; no API moves that date back, so this one write goes to the database directly).
  await backdateListingConfirmation(attune.database, application.id, now - 100 * DAY_MS);
  return { seeded: true, providers: all.length + 1 };
}
