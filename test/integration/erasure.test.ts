import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, Migrator, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { migrationsFor } from "../../src/db/migrations/index.js";
import {
  erasureCoverage,
  REMOVED_CAREGIVER,
  tablesWithoutFamilyData,
} from "../../src/db/repositories/erasure.js";
import type { Database } from "../../src/db/schema.js";
import { HttpClient, uniqueEmail } from "../support/http-client.js";
import {
  type DatabaseKind,
  databaseKinds,
  startTestServer,
  type TestServer,
} from "../support/test-server.js";

const PW = HttpClient.password;
const born = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const phq9 = {
  instrumentId: "phq9",
  subject: "self",
  answers: Array.from({ length: 9 }, (_, i) => ({ item: String(i + 1), option: 0 })),
};
const pbq = (babyId: string) => ({
  instrumentId: "pbq",
  subject: { babyId },
  answers: Array.from({ length: 25 }, (_, i) => ({ item: String(i + 1), option: 5 })),
});
const formulation = (caregiverId: string, babyId: string) => ({
  caregiverId,
  babyId,
  baseVersion: 0,
  content: { relationship: { strengths: "Warm, steady routines at bath time." } },
});

interface Person {
  c: HttpClient;
  id: string;
  email: string;
}

async function person(
  server: TestServer,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<Person> {
  const c = server.client();
  const email = uniqueEmail(name.toLowerCase());
  const res = await c.signUp(email, { name, ...extra });
  expect(res.status, res.text).toBe(200);
  return { c, id: (await c.get("/api/me")).json.user.id, email };
}

/** Every base table the database has, by its own catalogue. */
async function tablesIn(db: Kysely<Database>, kind: DatabaseKind): Promise<string[]> {
  const rows =
    kind === "sqlite"
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)
      : await sql<{ name: string }>`
          select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  return rows.rows.map((r) => r.name).sort();
}

/** Every text column of every table. */
async function textColumns(db: Kysely<Database>, kind: DatabaseKind): Promise<[string, string][]> {
  if (kind === "postgres") {
    const rows = await sql<{ t: string; c: string }>`
      select c.table_name as t, c.column_name as c from information_schema.columns c
      join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
        and c.data_type in ('text', 'character varying')`.execute(db);
    return rows.rows.map((r) => [r.t, r.c]);
  }
  const out: [string, string][] = [];
  for (const table of await tablesIn(db, kind)) {
    const cols = await sql<{
      name: string;
      type: string;
    }>`select name, type from pragma_table_info(${table})`.execute(db);
    for (const col of cols.rows) if (/text/i.test(col.type)) out.push([table, col.name]);
  }
  return out;
}

/**
 * Rows, per table, holding any of these values anywhere in a text column (ids, an email, names; inside JSON
 * too). The erasure test expects none: nothing that leads back to what was erased.
 */
async function rowsMentioning(db: Kysely<Database>, kind: DatabaseKind, values: string[]) {
  const found: Record<string, number> = {};
  const byTable = new Map<string, string[]>();
  for (const [t, c] of await textColumns(db, kind)) byTable.set(t, [...(byTable.get(t) ?? []), c]);
  for (const [table, columns] of byTable) {
    const conditions = columns.flatMap((c) => values.map((v) => sql`${sql.ref(c)} like ${`%${v}%`}`));
    const { rows } = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(table)} where ${sql.join(conditions, sql` or `)}`.execute(db);
    const n = Number(rows[0]?.n ?? 0);
    if (n) found[table] = n;
  }
  return found;
}

describe.each(databaseKinds)("erasure on %s", (kind) => {
  let server: TestServer;
  let db: Kysely<Database>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    db = server.app.attune.database.db;
  });
  afterAll(() => server?.close());

  const verify = (who: Person) =>
    db
      .updateTable("users")
      .set({ email_verified: kind === "postgres" ? true : 1 })
      .where("id", "=", who.id)
      .execute();

  /** A clinician with an open case on the family, who has written in it and sent things to it. */
  async function clinicianOn(familyId: string, owner: Person, caregiverId: string, babyId: string) {
    const lee = await person(server, "Lee", { role: "clinician" });
    await verify(lee);
    const share = await owner.c.post("/api/consents", {
      familyId,
      scopes: ["entries", "moments", "screenings", "thought_records", "visit_summary"],
      days: 180,
    });
    expect(share.status, share.text).toBe(201);
    const taken = await lee.c.post(`/api/consents/${share.json.code}/accept`, {});
    expect(taken.status, taken.text).toBe(200);
    const caseId = taken.json.caseId as string;
    const made = [
      await lee.c.post(`/api/cases/${caseId}/observations`, {
        text: "Calm hands at bath time.",
        babyId,
        caregiverId,
      }),
      await lee.c.post(`/api/cases/${caseId}/referrals`, { name: "Dr Ana Ruiz", service: "psychiatry" }),
      await lee.c.post(`/api/cases/${caseId}/assignments`, { kind: "idea", ref: "skin-to-skin-chest" }),
      await lee.c.post(`/api/cases/${caseId}/checkins`, { caregiverId, instrumentId: "phq9" }),
      await lee.c.post(`/api/cases/${caseId}/notes`, {
        kind: "progress",
        text: "First home visit went well.",
      }),
    ];
    for (const r of made) expect(r.status, r.text).toBe(201);
    const noteId = made[4]?.json.id as string;
    expect((await lee.c.post(`/api/cases/${caseId}/notes/${noteId}/sign`, {})).status).toBe(200);
    const amended = await lee.c.post(`/api/cases/${caseId}/notes/${noteId}/amendments`, {
      text: "Follow up in May.",
    });
    expect(amended.status, amended.text).toBe(201);
    const saved = await lee.c.put(`/api/cases/${caseId}/formulation`, formulation(caregiverId, babyId));
    expect(saved.status, saved.text).toBe(200);
    return { lee, caseId, shareId: share.json.id as string };
  }

  /** A family with everything a family can hold, whose only caregiver is `mum`. */
  async function fullFamily(mum: Person, name: string, babyName: string) {
    const family = await mum.c.post("/api/families", { name, relationship: "mother" });
    expect(family.status).toBe(201);
    const familyId = family.json.id as string;
    const baby = await mum.c.post(`/api/families/${familyId}/babies`, { name: babyName, birthDate: born });
    const babyId = baby.json.id as string;
    const entryIds: string[] = [];
    for (const [i, type] of ["bath", "skin_to_skin", "reading"].entries()) {
      const e = await mum.c.post(`/api/babies/${babyId}/entries`, {
        type,
        startedAt: ago(200 - i * 50),
        moments: ["eye_contact"],
        cues: [],
        feeling: 4,
        note: "Lovely",
      });
      expect(e.status, e.text).toBe(201);
      entryIds.push(e.json.id);
    }
    const screenings = [
      await mum.c.post("/api/screenings", phq9),
      await mum.c.post("/api/screenings", pbq(babyId)),
    ];
    for (const s of screenings) expect(s.status, s.text).toBe(201);
    const thought = await mum.c.post("/api/thought-records", { familyId, situation: "3 a.m. and tired" });
    expect(thought.status, thought.text).toBe(201);
    await mum.c.patch("/api/me/preferences", { locale: "es" });
    const idea = await mum.c.get(`/api/guidance/ideas/pick?babyId=${babyId}`);
    await mum.c.put(`/api/guidance/ideas/${idea.json.idea.id}/mark`, { saved: true });
    const invite = await mum.c.post(`/api/families/${familyId}/invites`, { relationship: "partner" });
    expect(invite.status).toBe(201);
    return {
      familyId,
      babyId,
      entryIds,
      screeningIds: screenings.map((s) => s.json.id as string),
      thoughtId: thought.json.id as string,
    };
  }

  it("names every table: a table holding family data that erasure does not cover fails here", async () => {
    const known = new Set([...Object.keys(erasureCoverage), ...Object.keys(tablesWithoutFamilyData)]);
    const unknown = (await tablesIn(db, kind)).filter((t) => !known.has(t));
    expect(unknown, "add each to erasureCoverage (and erase it) or to tablesWithoutFamilyData").toEqual([]);
    // And every covered table exists, so the list does not rot.
    const present = new Set(await tablesIn(db, kind));
    expect(Object.keys(erasureCoverage).filter((t) => !present.has(t))).toEqual([]);
  });

  it("asks for the password on the server every time: none or a wrong one is refused and the account stays", async () => {
    const mum = await person(server, "Mia");
    const none = await mum.c.post("/api/auth/delete-user", {});
    expect(none.status).toBeGreaterThanOrEqual(400);
    expect(none.status).toBeLessThan(500);
    expect(none.json.error.code).toBe("password_required");
    const empty = await mum.c.post("/api/auth/delete-user", { password: "" });
    expect(empty.status).toBeGreaterThanOrEqual(400);
    expect(empty.status).toBeLessThan(500);
    const wrong = await mum.c.post("/api/auth/delete-user", { password: "not my password at all" });
    expect(wrong.status).toBe(400);
    expect((await mum.c.get("/api/me")).status).toBe(200);
    expect(await db.selectFrom("users").select("id").where("id", "=", mum.id).execute()).toHaveLength(1);
  });

  it("erases a sole caregiver's family with everything in it, ends its shares, and leaves nothing behind", async () => {
    const mum = await person(server, "Maya");
    const fam = await fullFamily(mum, "Willowbrook household", "Juniper");
    const { lee, caseId, shareId } = await clinicianOn(fam.familyId, mum, mum.id, fam.babyId);
    // A share waiting to be taken up, and one made from the clinician's invitation.
    const pending = await mum.c.post("/api/consents", {
      familyId: fam.familyId,
      scopes: ["entries"],
      days: 30,
    });
    expect(pending.status).toBe(201);
    const invitation = await lee.c.post("/api/share-invitations", {});
    expect(invitation.status, invitation.text).toBe(201);
    const viaInvitation = await mum.c.post(`/api/share-invitations/${invitation.json.code}/accept`, {
      familyId: fam.familyId,
      scopes: ["entries"],
      days: 30,
    });
    expect(viaInvitation.status, viaInvitation.text).toBe(201);
    expect((await lee.c.get(`/api/cases/${caseId}`)).status).toBe(200);
    expect((await lee.c.get("/api/caseload")).json.items).toHaveLength(1);

    const preview = await mum.c.get("/api/me/erasure-preview");
    expect(preview.status).toBe(200);
    expect(preview.json.canDelete).toBe(true);
    expect(preview.json.families).toEqual([
      expect.objectContaining({
        id: fam.familyId,
        name: "Willowbrook household",
        fate: "delete",
        babies: [{ id: fam.babyId, name: "Juniper", entries: 3 }],
        entries: 3,
        exportPath: `/api/families/${fam.familyId}/export?format=zip`,
      }),
    ]);
    expect(preview.json.families[0].shares).toHaveLength(3);
    expect(preview.json.families[0].shares).toContainEqual({
      id: shareId,
      clinician: { name: "Lee", email: lee.email },
    });
    expect(preview.json).toMatchObject({ screenings: 2, thoughtRecords: 1 });

    const erased = [
      mum.id,
      mum.email,
      fam.familyId,
      fam.babyId,
      ...fam.entryIds,
      ...fam.screeningIds,
      fam.thoughtId,
      shareId,
      pending.json.id,
      viaInvitation.json.id,
      "Willowbrook household",
      "Juniper",
      "Calm hands at bath time.",
      "Dr Ana Ruiz",
    ];
    // The scan below finds what there is to find: before, the family is all over the database.
    const before = await rowsMentioning(db, kind, erased);
    for (const table of [
      "users",
      "sessions",
      "accounts",
      "families",
      "babies",
      "entries",
      "screenings",
      "consents",
    ])
      expect(before[table], table).toBeGreaterThan(0);

    const del = await mum.c.post("/api/auth/delete-user", { password: PW });
    expect(del.status, del.text).toBe(200);
    expect((await mum.c.get("/api/me")).status).toBe(401);
    expect((await server.client().signIn(mum.email)).status).toBe(401);

    // The clinician: the case and its parts are gone, and so is the family from the caseload.
    expect((await lee.c.get(`/api/cases/${caseId}`)).status).toBe(404);
    expect((await lee.c.get(`/api/cases/${caseId}/entries`)).status).toBe(404);
    expect((await lee.c.get(`/api/cases/${caseId}/screenings`)).status).toBe(404);
    expect((await lee.c.get("/api/caseload")).json.items).toEqual([]);

    // A new account cannot reach anything of it.
    const newcomer = await person(server, "Nia");
    expect((await newcomer.c.get(`/api/babies/${fam.babyId}`)).status).toBe(404);
    expect((await newcomer.c.get(`/api/babies/${fam.babyId}/entries`)).status).toBe(404);
    expect((await newcomer.c.get(`/api/families/${fam.familyId}`)).status).toBe(404);
    expect((await newcomer.c.get(`/api/entries/${fam.entryIds[0]}`)).status).toBe(404);

    // Row by row: nothing in any table names the person, the family, the baby or anything that was theirs.
    expect(await rowsMentioning(db, kind, erased)).toEqual({});
    expect(
      await db.selectFrom("share_invitations").select("id").where("clinician_id", "=", lee.id).execute(),
    ).toEqual([]);

    // The clinician keeps their own words, in a closed case that shows nothing of the family.
    const closed = await lee.c.get("/api/closed-cases");
    expect(closed.status).toBe(200);
    expect(closed.json.items).toEqual([
      expect.objectContaining({ id: caseId, reason: "family_erased", notes: 1, formulations: 1 }),
    ]);
    const file = await lee.c.get(`/api/closed-cases/${caseId}`);
    expect(file.status).toBe(200);
    const note = file.json.records.find((r: { kind: string }) => r.kind === "note");
    expect(note.note).toMatchObject({
      kind: "progress",
      text: "First home visit went well.",
      amendments: [{ text: "Follow up in May." }],
    });
    expect(note.note.signedAt).toEqual(expect.any(String));
    const kept = file.json.records.find((r: { kind: string }) => r.kind === "formulation");
    expect(kept.formulation).toMatchObject({ dyad: 1, version: 1 });
    expect(kept.formulation.parts.relationship.strengths).toBe("Warm, steady routines at bath time.");
    for (const value of erased) expect(file.text).not.toContain(value);
    // Nobody else reaches it, and caregivers have no closed cases.
    const otherClinician = await person(server, "Ola", { role: "clinician" });
    expect((await otherClinician.c.get(`/api/closed-cases/${caseId}`)).status).toBe(404);
    expect((await newcomer.c.get("/api/closed-cases")).status).toBe(403);
  });

  it("refuses the last owner of a family with other caregivers (409, naming it) until ownership is handed over; then only their own things go", async () => {
    const mum = await person(server, "Rosa");
    const dad = await person(server, "Tom");
    const fam = await fullFamily(mum, "Harbour family", "Pip");
    const invite = await mum.c.post(`/api/families/${fam.familyId}/invites`, { relationship: "father" });
    expect((await dad.c.post(`/api/invites/${invite.json.code}/accept`, {})).status).toBe(200);
    const dadEntry = await dad.c.post(`/api/babies/${fam.babyId}/entries`, {
      type: "play",
      startedAt: ago(600),
      feeling: 5,
    });
    expect(dadEntry.status).toBe(201);
    const dadPbq = await dad.c.post("/api/screenings", pbq(fam.babyId));
    expect(dadPbq.status).toBe(201);
    const { lee, caseId } = await clinicianOn(fam.familyId, mum, mum.id, fam.babyId);

    const preview = await mum.c.get("/api/me/erasure-preview");
    expect(preview.json.canDelete).toBe(false);
    expect(preview.json.families[0]).toMatchObject({
      fate: "blocked",
      otherCaregivers: [{ userId: dad.id, name: "Tom" }],
    });

    const refused = await mum.c.post("/api/auth/delete-user", { password: PW });
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("last_owner");
    expect(refused.json.error.message).toContain("Harbour family");
    expect((await mum.c.get("/api/me")).status).toBe(200);
    expect((await mum.c.get(`/api/families/${fam.familyId}`)).status).toBe(200);

    // Only an owner hands over; a family always keeps one owner.
    expect(
      (await dad.c.patch(`/api/families/${fam.familyId}/caregivers/${dad.id}`, { permission: "owner" }))
        .status,
    ).toBe(403);
    const demote = await mum.c.patch(`/api/families/${fam.familyId}/caregivers/${mum.id}`, {
      permission: "caregiver",
    });
    expect(demote.status).toBe(409);
    const handed = await mum.c.patch(`/api/families/${fam.familyId}/caregivers/${dad.id}`, {
      permission: "owner",
    });
    expect(handed.status, handed.text).toBe(200);
    expect(handed.json).toMatchObject({ userId: dad.id, permission: "owner" });
    expect((await mum.c.get("/api/me/erasure-preview")).json.families[0]).toMatchObject({
      fate: "leave",
      ownEntries: 3,
    });

    const del = await mum.c.post("/api/auth/delete-user", { password: PW });
    expect(del.status, del.text).toBe(200);
    expect((await mum.c.get("/api/me")).status).toBe(401);

    // The family stays with dad: the baby, every entry (mum's without her name or feeling), dad's own PBQ,
    // the share and the case.
    const family = await dad.c.get(`/api/families/${fam.familyId}`);
    expect(family.status).toBe(200);
    expect(family.json.caregivers.map((c: { userId: string }) => c.userId)).toEqual([dad.id]);
    const entries = await db
      .selectFrom("entries")
      .select(["id", "caregiver_id", "feeling"])
      .where("baby_id", "=", fam.babyId)
      .execute();
    expect(entries).toHaveLength(4);
    for (const id of fam.entryIds)
      expect(entries.find((e) => e.id === id)).toMatchObject({
        caregiver_id: REMOVED_CAREGIVER,
        feeling: null,
      });
    expect(entries.find((e) => e.id === dadEntry.json.id)).toMatchObject({
      caregiver_id: dad.id,
      feeling: 5,
    });
    expect((await dad.c.get(`/api/screenings/${dadPbq.json.id}`)).status).toBe(200);
    expect((await lee.c.get(`/api/cases/${caseId}`)).status).toBe(200);
    // Mum's own records are gone, and nothing anywhere names her.
    expect(await rowsMentioning(db, kind, [mum.id, mum.email, ...fam.screeningIds, fam.thoughtId])).toEqual(
      {},
    );
    // The clinician's formulation about mum's dyad is kept, as theirs, in a closed case.
    const closed = (await lee.c.get("/api/closed-cases")).json.items;
    expect(closed).toEqual([expect.objectContaining({ reason: "caregiver_erased", formulations: 1 })]);
  });

  it("deletes a baby (an owner, with the password) and keeps another caregiver's PBQ about them, without the baby", async () => {
    const mum = await person(server, "Ines");
    const dad = await person(server, "Joe");
    const family = await mum.c.post("/api/families", { name: "Birch family" });
    const familyId = family.json.id as string;
    const babyId = (await mum.c.post(`/api/families/${familyId}/babies`, { name: "Wren", birthDate: born }))
      .json.id;
    const twin = (await mum.c.post(`/api/families/${familyId}/babies`, { name: "Lark", birthDate: born }))
      .json.id;
    const invite = await mum.c.post(`/api/families/${familyId}/invites`, { relationship: "father" });
    expect((await dad.c.post(`/api/invites/${invite.json.code}/accept`, {})).status).toBe(200);
    const entry = await mum.c.post(`/api/babies/${babyId}/entries`, { type: "bath", startedAt: ago(20) });
    const twinEntry = await mum.c.post(`/api/babies/${twin}/entries`, { type: "bath", startedAt: ago(20) });
    const dadPbq = await dad.c.post("/api/screenings", pbq(babyId));
    expect(dadPbq.status).toBe(201);

    const del = (as: HttpClient, body?: unknown) => as.request("DELETE", `/api/babies/${babyId}`, body);
    expect((await del(dad.c, { password: PW })).status).toBe(403); // caregivers, not owners
    expect((await del(mum.c)).status).toBe(400);
    const wrong = await del(mum.c, { password: "not the password" });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.code).toBe("invalid_password");
    expect((await mum.c.get(`/api/babies/${babyId}`)).status).toBe(200);
    expect((await del((await person(server, "Zed")).c, { password: PW })).status).toBe(404);

    expect((await del(mum.c, { password: PW })).status).toBe(204);
    expect((await mum.c.get(`/api/babies/${babyId}`)).status).toBe(404);
    expect((await mum.c.get(`/api/entries/${entry.json.id}`)).status).toBe(404);
    expect((await mum.c.get(`/api/entries/${twinEntry.json.id}`)).status).toBe(200);
    // The PBQ is dad's: it survives, without the baby, still his alone.
    const kept = await dad.c.get(`/api/screenings/${dadPbq.json.id}`);
    expect(kept.status).toBe(200);
    expect(kept.json.babyId ?? null).toBeNull();
    expect((await mum.c.get(`/api/screenings/${dadPbq.json.id}`)).status).toBe(404);
    expect(await rowsMentioning(db, kind, [babyId])).toEqual({});
  });

  it("deletes a family (an owner, with the password), keeping another caregiver's PBQ and thought record without it", async () => {
    const mum = await person(server, "Ana");
    const dad = await person(server, "Ben");
    const family = await mum.c.post("/api/families", { name: "Cedar family" });
    const familyId = family.json.id as string;
    const babyId = (await mum.c.post(`/api/families/${familyId}/babies`, { name: "Fern", birthDate: born }))
      .json.id;
    const invite = await mum.c.post(`/api/families/${familyId}/invites`, { relationship: "father" });
    expect((await dad.c.post(`/api/invites/${invite.json.code}/accept`, {})).status).toBe(200);
    const dadPbq = await dad.c.post("/api/screenings", pbq(babyId));
    const dadThought = await dad.c.post("/api/thought-records", {
      familyId,
      situation: "Night feeds",
      sharedWithClinicians: true,
    });
    expect(dadThought.status, dadThought.text).toBe(201);
    const { lee, caseId } = await clinicianOn(familyId, mum, dad.id, babyId);
    const gone = (as: HttpClient, body?: unknown) => as.request("DELETE", `/api/families/${familyId}`, body);
    expect((await gone(dad.c, { password: PW })).status).toBe(403);
    expect((await gone(mum.c, { password: "wrong password!" })).status).toBe(400);
    expect((await gone(mum.c, { password: PW })).status).toBe(204);
    expect((await dad.c.get(`/api/families/${familyId}`)).status).toBe(404);
    expect((await dad.c.get("/api/families")).json.items).toEqual([]);
    const kept = await dad.c.get(`/api/screenings/${dadPbq.json.id}`);
    expect(kept.status).toBe(200);
    expect(kept.json.babyId ?? null).toBeNull();
    // The thought record stays his, with no family, and private again.
    const thought = await dad.c.get(`/api/thought-records/${dadThought.json.id}`);
    expect(thought.status).toBe(200);
    expect(thought.json).toMatchObject({
      familyId: null,
      situation: "Night feeds",
      sharedWithClinicians: false,
    });
    expect((await lee.c.get(`/api/cases/${caseId}`)).status).toBe(404);
    expect((await lee.c.get("/api/closed-cases")).json.items).toEqual([
      expect.objectContaining({ id: caseId, reason: "family_deleted" }),
    ]);
    expect(await rowsMentioning(db, kind, [familyId, babyId, "Cedar family", "Fern"])).toEqual({});
  });

  it("keeps what a caregiver who left made when the family's last caregiver erases it", async () => {
    const mum = await person(server, "Lia");
    const dad = await person(server, "Max");
    const family = await mum.c.post("/api/families", { name: "Aspen family" });
    const familyId = family.json.id as string;
    const babyId = (await mum.c.post(`/api/families/${familyId}/babies`, { name: "Moss", birthDate: born }))
      .json.id;
    const invite = await mum.c.post(`/api/families/${familyId}/invites`, { relationship: "father" });
    expect((await dad.c.post(`/api/invites/${invite.json.code}/accept`, {})).status).toBe(200);
    const dadPbq = await dad.c.post("/api/screenings", pbq(babyId));
    const dadThought = await dad.c.post("/api/thought-records", { familyId, situation: "Crying at dusk" });
    // He leaves; she is the family's only caregiver when she erases her account.
    expect((await dad.c.delete(`/api/families/${familyId}/caregivers/${dad.id}`)).status).toBe(204);
    expect((await mum.c.get("/api/me/erasure-preview")).json.families[0].fate).toBe("delete");
    expect((await mum.c.post("/api/auth/delete-user", { password: PW })).status).toBe(200);
    expect((await dad.c.get(`/api/screenings/${dadPbq.json.id}`)).status).toBe(200);
    expect((await dad.c.get(`/api/thought-records/${dadThought.json.id}`)).json.familyId).toBeNull();
    expect(
      await rowsMentioning(db, kind, [familyId, babyId, mum.id, mum.email, "Aspen family", "Moss"]),
    ).toEqual({});
  });
});

describe.each(databaseKinds)("migration 0021 on %s", (kind) => {
  it("keeps the thought records written before it, and lets a deleted family leave them without one", async () => {
    let url = "";
    const dir = mkdtempSync(join(tmpdir(), "attune-0021-"));
    const name = `attune_0021_${process.pid}_${Date.now().toString(36)}`;
    if (kind === "postgres") {
      const admin = new pg.Client({ connectionString: inject("postgresUrl") });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const u = new URL(inject("postgresUrl"));
      u.pathname = `/${name}`;
      url = u.toString();
    }
    const database =
      kind === "postgres" ? openDatabase({ kind, url }) : openDatabase({ kind, file: join(dir, "a.db") });
    try {
      const before = Object.fromEntries(Object.entries(migrationsFor(kind)).filter(([n]) => n < "0021"));
      const migrator = new Migrator({
        db: database.db,
        provider: { getMigrations: async () => before },
        migrationTableName: "schema_migrations",
        migrationLockTableName: "schema_migrations_lock",
      });
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const db = database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      const now = Date.now();
      const at = kind === "postgres" ? new Date(now) : new Date(now).toISOString();
      await db
        .insertInto("users")
        .values({
          id: "u1",
          name: "Ada",
          email: "ada@example.com",
          role: "caregiver",
          created_at: at,
          updated_at: at,
        })
        .execute();
      await db
        .insertInto("families")
        .values({ id: "f1", name: "Old family", time_zone: "UTC", created_at: now, updated_at: now })
        .execute();
      const record = {
        id: "t1",
        user_id: "u1",
        family_id: "f1",
        situation: "Before the upgrade",
        automatic_thought: null,
        feelings: "[]",
        evidence_for: null,
        evidence_against: null,
        balanced_thought: null,
        shared_with_clinicians: 1,
        created_at: now,
        updated_at: now,
      };
      await db.insertInto("thought_records").values(record).execute();

      await migrateToLatest(database);
      const kept = await db.selectFrom("thought_records").selectAll().execute();
      expect(
        kept.map((r) => ({ ...r, created_at: Number(r.created_at), updated_at: Number(r.updated_at) })),
      ).toEqual([record]);
      await db.deleteFrom("families").where("id", "=", "f1").execute();
      expect(await db.selectFrom("thought_records").select(["id", "family_id"]).execute()).toEqual([
        { id: "t1", family_id: null },
      ]);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
      if (kind === "postgres") {
        const admin = new pg.Client({ connectionString: inject("postgresUrl") });
        await admin.connect();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    }
  });
});
