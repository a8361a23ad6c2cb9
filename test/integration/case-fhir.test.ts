import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { fhirErrors, fhirValidator } from "../support/fhir-r4.js";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

interface Entry {
  fullUrl: string;
  resource: { resourceType: string; id: string } & Record<string, any>;
}
interface Bundle {
  resourceType: "Bundle";
  id: string;
  type: string;
  timestamp: string;
  entry: Entry[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const phq9 = (options: number[]) => ({
  instrumentId: "phq9",
  subject: "self",
  answers: options.map((option, i) => ({ item: String(i + 1), option })),
});
const gad7 = (options: number[]) => ({
  instrumentId: "gad7",
  subject: "self",
  answers: options.map((option, i) => ({ item: String(i + 1), option })),
});
/** PBQ about a baby, every answer "Never" (option 5): no safety item endorsed. */
const pbq = (babyId: string) => ({
  instrumentId: "pbq",
  subject: { babyId },
  answers: Array.from({ length: 25 }, (_, i) => ({ item: String(i + 1), option: 5 })),
});

/**
 * Elements R4 makes required (min 1) that its JSON schema leaves optional, for the resources the export
 * makes: http://hl7.org/fhir/R4/<resource>.html, each element's cardinality.
 */
const requiredByR4: Record<string, string[]> = {
  Bundle: ["type"],
  RelatedPerson: ["patient"],
  Group: ["type", "actual"],
  QuestionnaireResponse: ["status"],
  Observation: ["status", "code"],
  ServiceRequest: ["status", "intent", "subject"],
  Task: ["status", "intent"],
  Consent: ["status", "scope", "category"],
  AuditEvent: ["type", "recorded", "agent", "source"],
};

/** Every `reference` string anywhere in a value. */
function referencesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) referencesIn(v, found);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (k === "reference" && typeof v === "string") found.push(v);
      else referencesIn(v, found);
    }
  return found;
}

const ofType = (bundle: Bundle, type: string) =>
  bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);

describe.each(databaseKinds)("a case as a FHIR R4 bundle, on %s", (kind) => {
  let server: TestServer;
  let cast: TwoFamilies;
  let clinician: HttpClient;
  let clinicianId: string;
  let caseId: string;
  let shareId: string;
  const shots: {
    shared: string;
    unshared: string;
    dadShared: string;
    aboutBaby: string;
    otherFamily: string;
  } = { shared: "", unshared: "", dadShared: "", aboutBaby: "", otherFamily: "" };

  const screen = async (as: HttpClient, body: unknown, share: boolean) => {
    const made = await as.post("/api/screenings", body);
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    if (share)
      expect(
        (await as.patch(`/api/screenings/${made.json.id}`, { sharing: { clinicians: true } })).status,
      ).toBe(200);
    return made.json.id as string;
  };
  const shareWith = async (as: HttpClient, scopes: string[], familyId: string, who: HttpClient) => {
    const made = await as.post("/api/consents", { familyId, scopes, days: 30 });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    const taken = await who.post(`/api/consents/${made.json.code}/accept`, {});
    expect(taken.status, JSON.stringify(taken.json)).toBe(200);
    return { shareId: made.json.id as string, caseId: taken.json.caseId as string };
  };
  const exportOf = async (id = caseId, as = clinician) => {
    const reply = await as.get(`/api/cases/${id}/fhir`);
    expect(reply.status, reply.text.slice(0, 300)).toBe(200);
    return { reply, bundle: reply.json as Bundle };
  };

  beforeAll(async () => {
    // Compiled once for the file (a few seconds), before any request is timed.
    fhirValidator("Bundle");
    server = await startTestServer(kind);
    cast = await twoFamilies(server);
    clinician = server.client();
    await clinician.signUp(uniqueEmail("clinician"), { role: "clinician" });
    clinicianId = (await clinician.get("/api/me")).json.user.id;

    shots.shared = await screen(cast.mum, phq9([1, 1, 1, 1, 1, 0, 0, 0, 0]), true);
    shots.unshared = await screen(cast.mum, phq9([3, 3, 3, 3, 3, 3, 3, 3, 0]), false);
    shots.dadShared = await screen(cast.dad, gad7([1, 0, 1, 0, 1, 0, 1]), true);
    shots.aboutBaby = await screen(cast.mum, pbq(cast.babyId), true);
    shots.otherFamily = await screen(cast.other, phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), true);

    ({ shareId, caseId } = await shareWith(cast.mum, ["entries", "screenings"], cast.familyId, clinician));
    const referral = await clinician.post(`/api/cases/${caseId}/referrals`, {
      name: "Bay Lactation Circle",
      service: "lactation",
      contact: { phone: "555 0100" },
      note: "Ask for Dana.",
    });
    expect(referral.status, JSON.stringify(referral.json)).toBe(201);
    expect((await clinician.get(`/api/cases/${caseId}`)).status).toBe(200);
  }, 60_000);
  afterAll(() => server?.close());

  it("is a valid FHIR R4 collection bundle whose references all resolve inside it", async () => {
    const { reply, bundle } = await exportOf();
    expect(reply.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });

    // FHIR's own schema, resource by resource (readable errors), then the bundle as a whole.
    const errors = bundle.entry.flatMap((e) => fhirErrors(e.resource));
    expect(errors).toEqual([]);
    const whole = fhirValidator("Bundle");
    expect(whole(bundle), JSON.stringify(whole.errors?.slice(0, 3))).toBe(true);

    // Required elements, stable urn:uuid identities, and no reference to anything outside the bundle.
    for (const [type, elements] of Object.entries(requiredByR4))
      for (const r of type === "Bundle" ? [bundle] : ofType(bundle, type))
        for (const element of elements) expect(r, `${type}.${element}`).toHaveProperty(element);
    for (const a of ofType(bundle, "AuditEvent")) {
      expect(a.agent[0].requestor).toBe(true);
      expect(a.source.observer).toBeTruthy();
    }
    const fullUrls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(fullUrls).size).toBe(fullUrls.length);
    for (const e of bundle.entry) {
      expect(e.resource.id).toMatch(UUID);
      expect(e.fullUrl).toBe(`urn:uuid:${e.resource.id}`);
    }
    const references = referencesIn(bundle.entry);
    expect(references.length).toBeGreaterThan(10);
    for (const ref of references) expect(fullUrls, `reference ${ref}`).toContain(ref);
  });

  it("holds the dyad, the shared check-ins only, the referral, the share and the clinician's own reads", async () => {
    const { bundle } = await exportOf();
    const count = (type: string) => ofType(bundle, type).length;

    // Three people (mum, dad, Robin), and each caregiver linked to the baby by their relationship.
    const patients = ofType(bundle, "Patient");
    expect(patients).toHaveLength(3);
    const baby = patients.find((p) => p.birthDate);
    expect(baby).toMatchObject({ name: [{ text: "Robin" }] });
    expect(baby?.birthDate).toBe(new Date(Date.now() - 35 * 86_400_000).toISOString().slice(0, 10));
    const related = ofType(bundle, "RelatedPerson");
    expect(related).toHaveLength(2);
    for (const r of related) expect(r.patient.reference).toBe(`urn:uuid:${baby?.id}`);
    const roles = related.map((r) =>
      r.relationship[0].coding.find(
        (c: { system: string }) => c.system === "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
      ),
    );
    // The fixture's owner joined as "parent" (the default) and the invitee as "father".
    expect(roles.map((c) => c?.code).sort()).toEqual(["FTH", "PRN"]);

    // Shared results only, from this family only: never the unshared one, never another family's.
    const responses = ofType(bundle, "QuestionnaireResponse");
    expect(responses.map((r) => r.id).sort()).toEqual(
      [shots.shared, shots.dadShared, shots.aboutBaby].sort(),
    );
    const text = JSON.stringify(bundle);
    expect(text).not.toContain(shots.unshared);
    expect(text).not.toContain(shots.otherFamily);
    // The check-in about the baby is about the baby's Patient; the others about whoever answered.
    const aboutBaby = responses.find((r) => r.id === shots.aboutBaby);
    expect(aboutBaby?.subject.reference).toBe(`urn:uuid:${baby?.id}`);
    expect(aboutBaby?.author.reference).not.toBe(aboutBaby?.subject.reference);
    // Each result's Observations come from its response (the PBQ has a total and four scales).
    const observations = ofType(bundle, "Observation");
    expect(observations.length).toBe(1 + 1 + 5);
    for (const o of observations)
      expect(responses.map((r) => `urn:uuid:${r.id}`)).toContain(o.derivedFrom[0].reference);

    // The referral, suggested and so still standing, and its Task with the family's step.
    const [request] = ofType(bundle, "ServiceRequest");
    expect(request).toMatchObject({
      status: "active",
      intent: "proposal",
      code: { coding: [{ code: "lactation" }] },
      performer: [{ display: "Bay Lactation Circle" }],
      note: [{ text: "Ask for Dana." }, { text: expect.stringContaining("555 0100") }],
    });
    expect(ofType(bundle, "Task")).toMatchObject([
      { status: "requested", businessStatus: { text: "suggested" } },
    ]);

    // The active share, to this clinician, for its period, with the scopes it covers.
    const share = (await cast.mum.get("/api/consents")).json.items.find(
      (c: { id: string }) => c.id === shareId,
    );
    const practitioner = ofType(bundle, "Practitioner");
    expect(practitioner).toMatchObject([{ identifier: [{ value: clinicianId }] }]);
    const consents = ofType(bundle, "Consent");
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({
      status: "active",
      scope: { coding: [{ code: "patient-privacy" }] },
      provision: {
        type: "permit",
        actor: [{ reference: { reference: `urn:uuid:${practitioner[0]?.id}` } }],
        class: [
          { system: "urn:attune:consent-scope", code: "entries" },
          { system: "urn:attune:consent-scope", code: "screenings" },
        ],
      },
    });
    expect(consents[0]?.provision.period.end).toBe(share.expiresAt);

    // The clinician's reads and writes of the case, newest first: this export first; the first two were
    // the referral they made and the overview they read.
    const audits = ofType(bundle, "AuditEvent");
    const parts = audits.map((a) => [
      a.action,
      a.entity[0].detail.find((d: { type: string }) => d.type === "part")?.valueString,
    ]);
    expect(parts[0]).toEqual(["R", "fhir"]);
    expect(parts.slice(-2)).toEqual([
      ["R", "overview"],
      ["C", "referrals"],
    ]);
    expect(audits.at(-1)?.recorded).toMatch(/^\d{4}-\d\d-\d\dT/);
    for (const a of audits) expect(a.agent[0].who.reference).toBe(`urn:uuid:${practitioner[0]?.id}`);
    expect(count("Group")).toBe(1);
  });

  it("gives the same ids for the same case, and writes the export to the family's access log", async () => {
    const first = (await exportOf()).bundle;
    const second = (await exportOf()).bundle;
    const ids = (b: Bundle) =>
      b.entry.filter((e) => e.resource.resourceType !== "AuditEvent").map((e) => e.fullUrl);
    expect(second.id).toBe(first.id);
    expect(ids(second)).toEqual(ids(first));
    // The second export lists the first one among the AuditEvents, under the same id as before.
    const audits = (b: Bundle) => ofType(b, "AuditEvent").map((a) => a.id);
    expect(audits(second).slice(1)).toEqual(audits(first).slice(0, audits(second).length - 1));
    const log = (await cast.mum.get(`/api/audit?familyId=${cast.familyId}&limit=5`)).json.items;
    expect(log[0]).toMatchObject({
      action: "case.read",
      actorId: clinicianId,
      subjectId: caseId,
      details: { part: "fhir" },
    });
  });

  it("leaves out check-ins when the family does not share them, and never holds a private note", async () => {
    const colleague = server.client();
    await colleague.signUp(uniqueEmail("colleague"), { role: "clinician" });
    const narrow = await shareWith(cast.mum, ["entries"], cast.familyId, colleague);
    const { bundle } = await exportOf(narrow.caseId, colleague);
    expect(ofType(bundle, "QuestionnaireResponse")).toEqual([]);
    expect(ofType(bundle, "Observation")).toEqual([]);
    expect(ofType(bundle, "Consent")[0]?.provision.class).toEqual([
      { system: "urn:attune:consent-scope", code: "entries" },
    ]);
    // Nothing of the first clinician's: their referral and their reads stay theirs.
    expect(ofType(bundle, "ServiceRequest")).toEqual([]);
    expect(JSON.stringify(bundle)).not.toContain(clinicianId);

    // Private notes: the case notes table does not exist yet, so this assertion is skipped. TODO: when it
    // does, insert a private note on `caseId` directly into the database here and assert that neither the
    // note nor its text is in the export. Until then the export can only hold the kinds of resource below,
    // none of which is made from a note.
    const kinds = new Set((await exportOf()).bundle.entry.map((e) => e.resource.resourceType));
    expect([...kinds].sort()).toEqual(
      [
        "AuditEvent",
        "Consent",
        "Group",
        "Observation",
        "Patient",
        "Practitioner",
        "QuestionnaireResponse",
        "RelatedPerson",
        "ServiceRequest",
        "Task",
      ].sort(),
    );
  });

  it("is documented in the OpenAPI document", async () => {
    const openapi = (await server.client().get("/api/openapi.json")).json;
    const operation = openapi.paths["/api/cases/{id}/fhir"]?.get;
    expect(operation?.summary).toMatch(/FHIR R4 Bundle/);
    expect(operation?.tags).toEqual(["cases"]);
  });

  it("answers 404 once the family revokes its share", async () => {
    const colleague = server.client();
    await colleague.signUp(uniqueEmail("revoked"), { role: "clinician" });
    const shared = await shareWith(cast.dad, ["screenings"], cast.familyId, colleague);
    await exportOf(shared.caseId, colleague);
    expect((await cast.dad.delete(`/api/consents/${shared.shareId}`)).status).toBe(200);
    const refused = await colleague.get(`/api/cases/${shared.caseId}/fhir`);
    expect(refused.status).toBe(404);
    expect(refused.json.error.code).toBeTruthy();
  });
});
