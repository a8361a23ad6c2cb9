import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, uniqueEmail } from "../support/http-client.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

type Doc = Record<string, any>;
type Answer = { item: string; option: number };
const sheet = (options: number[]): Answer[] => options.map((option, i) => ({ item: String(i + 1), option }));
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

/** RFC 4180, as the export writes it: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

async function signUp(server: TestServer, name: string, extra: Record<string, unknown> = {}) {
  const client = server.client();
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, ""));
  const made = await client.signUp(email, { name, ...extra });
  expect(made.status, made.text).toBe(200);
  const id = (await client.get("/api/me")).json.user.id as string;
  return { client, id, email };
}

/** What a family's document says once the ids a server gave are taken out: what must survive a move. */
function essence(doc: Doc) {
  const babyName = new Map<string, string>(doc.babies.map((b: Doc) => [b.id, b.name]));
  const byStart = (a: Doc, b: Doc) =>
    a.startedAt.localeCompare(b.startedAt) || a.type.localeCompare(b.type) || a.id.localeCompare(b.id);
  return {
    family: { ...doc.family, id: undefined, createdAt: undefined },
    babies: doc.babies.map((b: Doc) => ({ ...b, id: undefined })),
    entries: [...doc.entries]
      .sort(byStart)
      .map((e: Doc) => ({ ...e, babyId: babyName.get(e.babyId), caregiverId: undefined })),
    screenings: doc.screenings.map((s: Doc) => ({
      ...s,
      subject: s.subject === "self" ? "self" : { baby: babyName.get(s.subject.babyId) },
    })),
    thoughtRecords: doc.thoughtRecords,
  };
}

describe.each(databaseKinds)("the whole family's data, out of %s and back in", (kind) => {
  const otherKind = kind === "sqlite" ? "postgres" : "sqlite";
  let source: TestServer;
  let target: TestServer;
  type Person = { client: HttpClient; id: string; email: string };
  let mum: Person;
  let dad: Person;
  let lee: Person;
  let stranger: Person;
  let familyId: string;
  let ada: string;
  let ben: string;
  const mumEntries: string[] = [];
  const dadEntries: string[] = [];
  let deletedEntry: string;
  const mumScreenings: string[] = [];
  const dadScreenings: string[] = [];
  let dadThought: string;
  let exported: Doc;

  beforeAll(async () => {
    [source, target] = await Promise.all([startTestServer(kind), startTestServer(otherKind)]);
    mum = await signUp(source, "Amaka");
    dad = await signUp(source, "Tunde");
    lee = await signUp(source, "Dr Lee", { role: "clinician" });
    stranger = await signUp(source, "Stranger");

    // A family with its own settings and two babies.
    const family = await mum.client.post("/api/families", {
      name: 'The Okafors, "home"',
      timeZone: "Europe/Madrid",
      relationship: "mother",
    });
    expect(family.status).toBe(201);
    familyId = family.json.id;
    const settings = await mum.client.patch(`/api/families/${familyId}`, {
      customTypes: ["Tummy time", "Baby yoga"],
      region: "ES",
    });
    expect(settings.status, settings.text).toBe(200);
    const born = new Date(Date.now() - 50 * 86_400_000).toISOString().slice(0, 10);
    const due = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    ada = (
      await mum.client.post(`/api/families/${familyId}/babies`, {
        name: "Ada",
        birthDate: born,
        gestationalWeeks: 34,
        sex: "female",
      })
    ).json.id;
    ben = (await mum.client.post(`/api/families/${familyId}/babies`, { name: "Ben", dueDate: due })).json.id;
    const invite = await mum.client.post(`/api/families/${familyId}/invites`, { relationship: "father" });
    expect((await dad.client.post(`/api/invites/${invite.json.code}/accept`, {})).status).toBe(200);

    // Many kinds of entries with moments, cues, details, feelings and notes (one with a comma and quotes).
    const log = async (who: Person, baby: string, body: Record<string, unknown>, into: string[]) => {
      const made = await who.client.post(`/api/babies/${baby}/entries`, body);
      expect(made.status, made.text).toBe(201);
      into.push(made.json.id);
      return made.json.id as string;
    };
    await log(
      mum,
      ada,
      {
        type: "feed",
        startedAt: minutesAgo(600),
        endedAt: minutesAgo(580),
        details: { method: "breast", leftSeconds: 600, rightSeconds: 540, lastSide: "right" },
        moments: ["eye_contact", "talking"],
        cues: ["calm"],
        feeling: 4,
        note: 'She looked up, "like she knew", then slept',
      },
      mumEntries,
    );
    await log(
      mum,
      ada,
      {
        type: "sleep",
        startedAt: minutesAgo(570),
        endedAt: minutesAgo(450),
        details: { where: "bassinet", fellAsleep: "feeding" },
      },
      mumEntries,
    );
    await log(
      mum,
      ada,
      { type: "diaper", startedAt: minutesAgo(440), details: { kind: "both", color: "yellow" } },
      mumEntries,
    );
    await log(
      mum,
      ada,
      {
        type: "play",
        startedAt: minutesAgo(400),
        endedAt: minutesAgo(390),
        details: { kinds: ["tummy_time", "songs"] },
        moments: ["singing", "smiling_together"],
        feeling: 5,
      },
      mumEntries,
    );
    await log(
      mum,
      ada,
      { type: "custom", startedAt: minutesAgo(380), details: { label: "Baby yoga" }, note: "=SUM(A1)" },
      mumEntries,
    );
    await log(
      mum,
      ada,
      { type: "growth", startedAt: minutesAgo(370), details: { weightKg: 4.2, lengthCm: 54 } },
      mumEntries,
    );
    await log(
      mum,
      ben,
      { type: "note", startedAt: minutesAgo(360), details: { forVisit: true }, note: "Scan" },
      mumEntries,
    );
    await log(
      dad,
      ada,
      {
        type: "bath",
        startedAt: minutesAgo(300),
        endedAt: minutesAgo(290),
        moments: ["talking"],
        cues: ["alert_engaged"],
        feeling: 3,
      },
      dadEntries,
    );
    await log(
      dad,
      ada,
      {
        type: "reading",
        startedAt: minutesAgo(280),
        endedAt: minutesAgo(270),
        details: { title: "Owl Babies" },
      },
      dadEntries,
    );
    deletedEntry = await log(mum, ada, { type: "walk", startedAt: minutesAgo(200) }, []);
    expect((await mum.client.delete(`/api/entries/${deletedEntry}`)).status).toBe(204);

    // Check-ins: two of mum's (one shown in her visit summary), two of dad's kept private.
    const check = async (who: Person, body: Record<string, unknown>, into: string[]) => {
      const made = await who.client.post("/api/screenings", body);
      expect(made.status, made.text).toBe(201);
      into.push(made.json.id);
      return made.json.id as string;
    };
    const phq = await check(
      mum,
      { instrumentId: "phq9", subject: "self", answers: sheet([1, 1, 0, 2, 0, 0, 1, 0, 0]) },
      mumScreenings,
    );
    expect(
      (await mum.client.patch(`/api/screenings/${phq}`, { sharing: { visitSummary: true } })).status,
    ).toBe(200);
    await check(
      mum,
      { instrumentId: "pbq", subject: { babyId: ada }, answers: sheet(Array(25).fill(5)) },
      mumScreenings,
    );
    await check(
      dad,
      { instrumentId: "phq9", subject: "self", answers: sheet([0, 0, 0, 0, 0, 0, 0, 0, 0]) },
      dadScreenings,
    );
    await check(
      dad,
      { instrumentId: "pbq", subject: { babyId: ada }, answers: sheet(Array(25).fill(4)) },
      dadScreenings,
    );

    // Thought records: mum's two (one shared with clinicians), dad's one.
    const thought = async (who: Person, body: Record<string, unknown>) => {
      const made = await who.client.post("/api/thought-records", { familyId, ...body });
      expect(made.status, made.text).toBe(201);
      return made.json.id as string;
    };
    await thought(mum, {
      situation: "3 a.m., she would not settle",
      automaticThought: "I'm getting this all wrong",
      feelings: [
        { name: "Worried", intensity: 80, after: 40 },
        { name: "Sad", intensity: 60 },
      ],
      balancedThought: "Night feeds are hard for everyone",
    });
    await thought(mum, { automaticThought: "Everyone else copes better", sharedWithClinicians: true });
    dadThought = await thought(dad, { automaticThought: "Dad's own words" });

    // A share with a clinician, who reads and sends the family things.
    const share = await mum.client.post("/api/consents", {
      familyId,
      scopes: ["entries", "moments", "screenings"],
    });
    expect(share.status, share.text).toBe(201);
    const taken = await lee.client.post(`/api/consents/${share.json.code}/accept`, {});
    expect(taken.status, taken.text).toBe(200);
    const caseId = taken.json.caseId;
    expect((await lee.client.get(`/api/cases/${caseId}/entries`)).status).toBe(200);
    const sent = [
      await lee.client.post(`/api/cases/${caseId}/observations`, {
        text: "Ada looks for your face when you sing.",
        babyId: ada,
        caregiverId: mum.id,
      }),
      await lee.client.post(`/api/cases/${caseId}/referrals`, {
        name: "Dr Ana Ruiz, perinatal psychiatry",
        contact: { phone: "555 0199" },
        service: "psychiatry",
        note: "Thursdays",
      }),
      await lee.client.post(`/api/cases/${caseId}/assignments`, { kind: "idea", ref: "skin-to-skin-chest" }),
      await lee.client.post(`/api/cases/${caseId}/checkins`, { caregiverId: mum.id, instrumentId: "phq9" }),
    ];
    for (const made of sent) expect(made.status, made.text).toBe(201);
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it("is an owner's to take: a caregiver is refused, a stranger and a signed-out visitor learn nothing", async () => {
    const asDad = await dad.client.get(`/api/families/${familyId}/export?format=json`);
    expect(asDad.status).toBe(403);
    expect(asDad.text).not.toContain(mumScreenings[0]);
    expect((await dad.client.get(`/api/families/${familyId}/export?format=zip`)).status).toBe(403);
    expect((await stranger.client.get(`/api/families/${familyId}/export`)).status).toBe(404);
    expect((await lee.client.get(`/api/families/${familyId}/export`)).status).toBe(404);
    expect((await source.client().get(`/api/families/${familyId}/export`)).status).toBe(401);
    expect((await mum.client.get(`/api/families/${familyId}/export?format=csv`)).status).toBe(400);
  });

  it("exports everything the family holds as one JSON document, and none of another caregiver's private things", async () => {
    const res = await mum.client.get(`/api/families/${familyId}/export?format=json`);
    expect(res.status, res.text.slice(0, 500)).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="attune-family-the-okafors-home-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    exported = res.json;
    const version = (await source.client().get("/api/health")).json.version;
    expect(exported).toMatchObject({
      format: "attune-family-export",
      formatVersion: 1,
      attuneVersion: version,
      exportedBy: { id: mum.id, name: "Amaka" },
      family: {
        id: familyId,
        name: 'The Okafors, "home"',
        timeZone: "Europe/Madrid",
        region: "ES",
        customTypes: ["Tummy time", "Baby yoga"],
      },
    });
    // Caregivers by name and relationship, no email addresses.
    expect(exported.caregivers).toEqual([
      expect.objectContaining({
        id: mum.id,
        name: "Amaka",
        relationship: "mother",
        permission: "owner",
        you: true,
      }),
      expect.objectContaining({
        id: dad.id,
        name: "Tunde",
        relationship: "father",
        permission: "caregiver",
        you: false,
      }),
    ]);
    expect(res.text).not.toContain(mum.email);
    expect(res.text).not.toContain(dad.email);
    expect(exported.babies.map((b: Doc) => [b.name, b.status, b.gestationalWeeks, b.sex])).toEqual([
      ["Ada", "born", 34, "female"],
      ["Ben", "expected", null, null],
    ]);

    // Every entry but the deleted one, oldest first, with moments, cues and details; dad's feelings are his.
    const ids = exported.entries.map((e: Doc) => e.id);
    expect(ids).toEqual([...mumEntries, ...dadEntries]);
    expect(ids).not.toContain(deletedEntry);
    expect(exported.entries[0]).toMatchObject({
      babyId: ada,
      caregiverId: mum.id,
      type: "feed",
      details: { method: "breast", leftSeconds: 600, rightSeconds: 540, lastSide: "right" },
      moments: ["eye_contact", "talking"],
      cues: ["calm"],
      feeling: 4,
    });
    const bath = exported.entries.find((e: Doc) => e.type === "bath");
    expect(bath).toMatchObject({
      caregiverId: dad.id,
      moments: ["talking"],
      cues: ["alert_engaged"],
      feeling: null,
    });

    // Mum's own check-ins (about herself and about Ada), never dad's.
    expect(exported.screenings.map((s: Doc) => s.id)).toEqual(mumScreenings);
    for (const id of dadScreenings) expect(res.text).not.toContain(id);
    expect(exported.screenings[0]).toMatchObject({
      instrumentId: "phq9",
      subject: "self",
      total: 5,
      sharing: { visitSummary: true, clinicians: false },
      answers: expect.arrayContaining([{ item: "4", option: 2, score: 2 }]),
    });
    expect(exported.screenings[0].answers).toHaveLength(9);
    expect(exported.screenings[1]).toMatchObject({ instrumentId: "pbq", subject: { babyId: ada } });

    // Mum's thought records, not dad's.
    expect(exported.thoughtRecords.map((r: Doc) => r.automaticThought)).toEqual([
      "I'm getting this all wrong",
      "Everyone else copes better",
    ]);
    expect(exported.thoughtRecords[0].feelings).toEqual([
      { name: "Worried", intensity: 80, after: 40 },
      { name: "Sad", intensity: 60, after: null },
    ]);
    expect(res.text).not.toContain(dadThought);
    expect(res.text).not.toContain("Dad's own words");

    // What the care team sent, the share, and the access log without where anyone was.
    expect(exported.careTeam.observations).toEqual([
      expect.objectContaining({
        text: "Ada looks for your face when you sing.",
        clinician: { id: lee.id, name: "Dr Lee" },
        baby: { id: ada, name: "Ada" },
      }),
    ]);
    expect(exported.careTeam.referrals).toEqual([
      expect.objectContaining({
        source: "written_in",
        name: "Dr Ana Ruiz, perinatal psychiatry",
        contact: { phone: "555 0199" },
        status: "suggested",
      }),
    ]);
    expect(exported.careTeam.assignments).toEqual([
      expect.objectContaining({ kind: "idea", ref: "skin-to-skin-chest", status: "sent" }),
    ]);
    expect(exported.careTeam.checkinRequests).toEqual([
      expect.objectContaining({ instrumentId: "phq9", caregiver: { id: mum.id, name: "Amaka" } }),
    ]);
    expect(exported.shares).toEqual([
      expect.objectContaining({
        state: "active",
        scopes: ["entries", "moments", "screenings"],
        grantedBy: { id: mum.id, name: "Amaka" },
        clinician: expect.objectContaining({ id: lee.id, name: "Dr Lee" }),
      }),
    ]);
    const actions = exported.accessLog.map((e: Doc) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["consent.create", "consent.accept", "case.read", "case.write"]),
    );
    const read = exported.accessLog.find((e: Doc) => e.action === "case.read");
    expect(read.actor).toEqual({ id: lee.id, name: "Dr Lee" });
    for (const event of exported.accessLog) {
      expect(Object.keys(event).sort()).toEqual([
        "action",
        "actor",
        "at",
        "details",
        "id",
        "subjectId",
        "subjectType",
      ]);
    }
    expect(res.text).not.toContain("127.0.0.1");
    expect(res.text).not.toMatch(/userAgent|user_agent|"ip"/);
  });

  it("exports a zip of that JSON and a CSV per kind, which parse back to the same counts", async () => {
    const res = await fetch(`${source.base}/api/families/${familyId}/export?format=zip`, {
      headers: { cookie: [...mum.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toMatch(
      /filename="attune-family-the-okafors-home-[\d-]+\.zip"/,
    );
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const doc = JSON.parse(strFromU8(files["family.json"] as Uint8Array));
    expect({ ...doc, exportedAt: undefined, accessLog: undefined }).toEqual({
      ...exported,
      exportedAt: undefined,
      accessLog: undefined,
    });
    const counts: Record<string, number> = {
      "family.csv": 1,
      "caregivers.csv": doc.caregivers.length,
      "babies.csv": doc.babies.length,
      "entries.csv": doc.entries.length,
      "screenings.csv": doc.screenings.length,
      "thought-records.csv": doc.thoughtRecords.length,
      "observations.csv": doc.careTeam.observations.length,
      "referrals.csv": doc.careTeam.referrals.length,
      "assignments.csv": doc.careTeam.assignments.length,
      "checkin-requests.csv": doc.careTeam.checkinRequests.length,
      "shares.csv": doc.shares.length,
      "access-log.csv": doc.accessLog.length,
    };
    expect(Object.keys(files).sort()).toEqual(["README.txt", "family.json", ...Object.keys(counts)].sort());
    for (const [file, rows] of Object.entries(counts)) {
      const table = parseCsv(strFromU8(files[file] as Uint8Array));
      const [header = [], ...body] = table;
      expect(body, file).toHaveLength(rows);
      for (const row of body) expect(row, file).toHaveLength(header.length);
    }
    const entries = parseCsv(strFromU8(files["entries.csv"] as Uint8Array));
    const head = entries[0] as string[];
    const rows = entries.slice(1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
    expect(rows.map((r) => r.id)).toEqual(doc.entries.map((e: Doc) => e.id));
    expect(rows[0]).toMatchObject({
      baby: "Ada",
      caregiver: "Amaka",
      moments: "eye_contact talking",
      note: 'She looked up, "like she knew", then slept',
    });
    expect(JSON.parse(rows[0]?.details ?? "")).toEqual(doc.entries[0].details);
    // A spreadsheet formula is written as text.
    expect(rows.find((r) => r.type === "custom")?.note).toBe("'=SUM(A1)");
  });

  it(`imports it into a new account on a ${otherKind} server as a new family, and nothing the importer owns is lost`, async () => {
    const newcomer = await signUp(target, "Amaka");
    const res = await newcomer.client.post("/api/families/import", exported);
    expect(res.status, res.text.slice(0, 800)).toBe(201);
    expect(res.json).toMatchObject({
      family: { name: 'The Okafors, "home"', timeZone: "Europe/Madrid", region: "ES", permission: "owner" },
      imported: {
        babies: 2,
        entries: mumEntries.length + dadEntries.length,
        entryIdsKept: mumEntries.length + dadEntries.length,
        screenings: 2,
        screeningsAlreadyHere: 0,
        thoughtRecords: 2,
        customTypes: 2,
        entriesByOtherCaregivers: dadEntries.length,
      },
      notImported: {
        otherCaregivers: 1,
        observations: 1,
        referrals: 1,
        assignments: 1,
        checkinRequests: 1,
        shares: 1,
        accessLog: exported.accessLog.length,
      },
      source: { exportedBy: "Amaka", familyName: 'The Okafors, "home"' },
    });
    const newFamily = res.json.family.id;
    expect(newFamily).not.toBe(familyId);
    const mine = (await newcomer.client.get("/api/families")).json.items;
    expect(mine.map((f: Doc) => f.id)).toEqual([newFamily]);

    // The family works as any other: its babies, their log, the newcomer's own check-ins and records.
    const family = (await newcomer.client.get(`/api/families/${newFamily}`)).json;
    expect(family.caregivers).toEqual([
      expect.objectContaining({ userId: newcomer.id, relationship: "mother" }),
    ]);
    const newAda = family.babies.find((b: Doc) => b.name === "Ada").id;
    expect(newAda).not.toBe(ada);
    const adaLog = (await newcomer.client.get(`/api/babies/${newAda}/entries?limit=100`)).json.items;
    expect(adaLog).toHaveLength(mumEntries.length - 1 + dadEntries.length);
    expect((await newcomer.client.get("/api/screenings")).json.items).toHaveLength(2);
    expect((await newcomer.client.get("/api/thought-records")).json.items).toHaveLength(2);

    // Exported again from there: the same family, modulo the ids a server gives and who logged what.
    const again = await newcomer.client.get(`/api/families/${newFamily}/export?format=json`);
    expect(again.status, again.text.slice(0, 500)).toBe(200);
    const second = again.json;
    expect(essence(second)).toEqual(essence(exported));
    // Entry, check-in and thought-record ids were free on that server, so they were kept.
    expect(second.entries.map((e: Doc) => e.id).sort()).toEqual([...mumEntries, ...dadEntries].sort());
    expect(second.screenings.map((s: Doc) => s.id)).toEqual(mumScreenings);
    expect(second.entries.every((e: Doc) => e.caregiverId === newcomer.id)).toBe(true);
    // What belongs to the old server stays in the file and the report, not in the new family.
    expect(second.careTeam).toEqual({
      observations: [],
      referrals: [],
      assignments: [],
      checkinRequests: [],
    });
    expect(second.shares).toEqual([]);
    expect(second.caregivers).toEqual([
      expect.objectContaining({ id: newcomer.id, name: "Amaka", relationship: "mother", you: true }),
    ]);
  });

  it("imports the same file twice on one server without clashing: new entry ids, a self check-in kept once", async () => {
    const before = (await mum.client.get("/api/screenings")).json.items.length;
    const res = await mum.client.post("/api/families/import", exported);
    expect(res.status, res.text.slice(0, 800)).toBe(201);
    expect(res.json.imported).toMatchObject({
      entries: mumEntries.length + dadEntries.length,
      entryIdsKept: 0,
      screenings: 1,
      screeningsAlreadyHere: 1,
      thoughtRecords: 2,
    });
    const copy = (await mum.client.get(`/api/families/${res.json.family.id}/export`)).json;
    expect(copy.entries.map((e: Doc) => e.id)).not.toContain(mumEntries[0]);
    const withoutIds = (doc: Doc) => essence(doc).entries.map((e: Doc) => ({ ...e, id: undefined }));
    expect(withoutIds(copy)).toEqual(withoutIds(exported));
    // Only the check-in about Ada was copied (about the new Ada); the PHQ-9 about herself is the same one.
    expect((await mum.client.get("/api/screenings")).json.items.length).toBe(before + 1);
    expect(copy.screenings.map((s: Doc) => s.id)).toContain(mumScreenings[0]);
    // The old family is untouched.
    const original = (await mum.client.get(`/api/families/${familyId}/export`)).json;
    expect(original.entries.map((e: Doc) => e.id)).toEqual([...mumEntries, ...dadEntries]);
  });

  it("refuses anything but an Attune family export with a 400 naming what is wrong, and stores nothing", async () => {
    const someone = await signUp(source, "Careful");
    const tries: [unknown, RegExp][] = [
      [{ hello: "world" }, /not an Attune family export/],
      [{ format: "attune-export", version: 1, baby: {}, entries: [] }, /one baby's log/],
      [{ ...exported, formatVersion: 2 }, /newer Attune/],
      [{ ...exported, family: { ...exported.family, timeZone: "Mars/Olympus" } }, /family\.timeZone/],
      [{ ...exported, surprise: true }, /surprise/],
      [
        { ...exported, entries: [{ ...exported.entries[2], details: { kind: "sparkly" } }] },
        /entries\[0\]\.details\.kind/,
      ],
      [
        { ...exported, entries: [{ ...exported.entries[0], babyId: "no-such-baby" }] },
        /entries\[0\]\.babyId: no baby in this file/,
      ],
      [
        { ...exported, screenings: [{ ...exported.screenings[0], instrumentId: "bdi" }] },
        /screenings\[0\]\.instrumentId/,
      ],
      [[1, 2, 3], /cannot be imported/],
    ];
    for (const [body, message] of tries) {
      const res = await someone.client.post("/api/families/import", body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json.error.message).toMatch(message);
      expect(res.json.error.code).toMatch(/family_export/);
    }
    const manyBad = {
      ...exported,
      entries: Array.from({ length: 30 }, (_, i) => ({ ...exported.entries[2], id: `e${i}`, details: {} })),
    };
    const capped = await someone.client.post("/api/families/import", manyBad);
    expect(capped.status).toBe(400);
    expect(capped.json.error.message).toMatch(/and 22 more\.$/);
    expect((await someone.client.get("/api/families")).json.items).toEqual([]);
    expect((await someone.client.get("/api/screenings")).json.items).toEqual([]);
    expect((await source.client().post("/api/families/import", exported)).status).toBe(401);
  });

  it("takes a file of several MB, above the 1 MiB every other request is held to", async () => {
    const someone = await signUp(target, "Busy");
    const start = Date.parse(exported.entries[0].startedAt) - 20 * 86_400_000;
    const entries = Array.from({ length: 12_000 }, (_, i) => ({
      ...exported.entries[2],
      id: crypto.randomUUID(),
      startedAt: new Date(start + i * 60_000).toISOString(),
      note: `Entry ${i}: ${"a calm, ordinary day ".repeat(8)}`,
    }));
    const big = { ...exported, entries };
    expect(JSON.stringify(big).length).toBeGreaterThan(4 * 1024 * 1024);
    const res = await someone.client.post("/api/families/import", big);
    expect(res.status, res.text.slice(0, 300)).toBe(201);
    expect(res.json.imported.entries).toBe(12_000);
    const back = await someone.client.get(`/api/families/${res.json.family.id}/export?format=json`);
    expect(back.status).toBe(200);
    expect(back.json.entries).toHaveLength(12_000);
    const tooBig = await someone.client.post("/api/families/import", {
      ...big,
      pad: "x".repeat(33 * 1024 * 1024),
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.json.error.message).toContain(String(32 * 1024 * 1024));
  });
});
