// A clinician's caseload of fictional families for the caseload benchmark, written straight into the tables
// (one transaction, many rows per insert) in the shapes the repositories write: signing up thousands of
// caregivers through the API would spend minutes hashing passwords and measure nothing the caseload does.
import { createHash } from "node:crypto";
import type { Insertable, Kysely } from "kysely";
import type { Database } from "../src/db/schema.js";
import { uuidv7 } from "../src/domain/ids.js";
import { addCalendarDays, localDate } from "../src/domain/time.js";

const DAY = 86_400_000;
const ROWS_PER_INSERT = 500;

export interface CaseloadSeed {
  families: number;
  entries: number;
  screenings: number;
  checkinRequests: number;
}

type Rows = { [T in keyof Database]?: Insertable<Database[T]>[] };

/**
 * `families` families, each with two caregivers and a baby (twins in every tenth), each sharing with the
 * clinician, with some history: `entriesPerFamily` care-log entries over the last weeks, a PHQ-9 every two
 * weeks from one caregiver (shared with clinicians in most families, one in fifty with a safety answer), and a
 * check-in request in every third family, due now, overdue, answered or still to come.
 */
export async function seedCaseload(
  db: Kysely<Database>,
  clinicianId: string,
  opts: { families: number; entriesPerFamily: number; kind: "sqlite" | "postgres" },
  now = Date.now(),
): Promise<CaseloadSeed> {
  const rows: Rows = {};
  const add = <T extends keyof Database>(table: T, row: Insertable<Database[T]>) => {
    const list = (rows[table] ?? []) as Insertable<Database[T]>[];
    list.push(row);
    rows[table] = list as Rows[T];
  };
  // better-auth's columns: ISO text and 0/1 on SQLite, timestamptz and booleans on Postgres.
  const iso = new Date(now).toISOString();
  const no = opts.kind === "postgres" ? false : 0;
  const names = [
    "Garcia",
    "Okafor",
    "Nguyen",
    "Smith",
    "Kowalski",
    "Haddad",
    "Tanaka",
    "Silva",
    "Murphy",
    "Khan",
  ];

  for (let i = 0; i < opts.families; i++) {
    const familyId = uuidv7(now - 200 * DAY);
    const timeZone = i % 4 === 0 ? "America/New_York" : "Europe/London";
    const today = localDate(now, timeZone);
    add("families", {
      id: familyId,
      name: `${names[i % names.length]} ${i}`,
      time_zone: timeZone,
      custom_types: "[]",
      region: null,
      created_at: now - 200 * DAY,
      updated_at: now - 200 * DAY,
    });
    const [mum, partner] = [uuidv7(now - 200 * DAY), uuidv7(now - 200 * DAY)];
    for (const [userId, who, relationship, permission] of [
      [mum, "Sam", "mother", "owner"],
      [partner, "Alex", "father", "caregiver"],
    ] as const) {
      add("users", {
        id: userId,
        name: `${who} ${names[i % names.length]}`,
        email: `${who.toLowerCase()}${i}@bench.example`,
        email_verified: no,
        image: null,
        role: "caregiver",
        is_admin: no,
        created_at: iso,
        updated_at: iso,
      });
      add("family_members", {
        family_id: familyId,
        user_id: userId,
        relationship,
        permission,
        joined_at: now,
      });
    }
    const babyIds: string[] = [];
    for (let b = 0; b < (i % 10 === 0 ? 2 : 1); b++) {
      const id = uuidv7(now - 150 * DAY);
      babyIds.push(id);
      add("babies", {
        id,
        family_id: familyId,
        name: b ? "Robin" : "Sky",
        birth_date: addCalendarDays(today, -(30 + (i % 300))),
        due_date: null,
        gestational_weeks: i % 7 === 0 ? 34 : 40,
        sex: null,
        created_at: now - 150 * DAY,
        updated_at: now - 150 * DAY,
      });
    }
    const scopes = i % 5 === 0 ? ["entries", "moments", "screenings"] : ["entries", "screenings"];
    add("consents", {
      id: uuidv7(now - 30 * DAY),
      family_id: familyId,
      granted_by: mum,
      code_hash: createHash("sha256").update(`bench-caseload-${i}-${now}`).digest("hex"),
      clinician_id: clinicianId,
      scopes: JSON.stringify(scopes),
      created_at: now - 30 * DAY,
      accept_by: now - 29 * DAY,
      accepted_at: now - 30 * DAY,
      expires_at: now + ((i % 90) + 1) * DAY,
      revoked_at: null,
      revoked_by: null,
    });
    const caseId = uuidv7(now - 30 * DAY);
    add("cases", { id: caseId, clinician_id: clinicianId, family_id: familyId, created_at: now - 30 * DAY });

    for (let e = 0; e < opts.entriesPerFamily; e++) {
      const at = now - (e + 1) * 2 * 3_600_000 - (i % 48) * 3_600_000;
      add("entries", {
        id: uuidv7(at),
        family_id: familyId,
        baby_id: babyIds[e % babyIds.length] as string,
        caregiver_id: e % 3 ? mum : partner,
        type: e % 2 ? "feed" : "diaper",
        started_at: at,
        ended_at: e % 2 ? at + 20 * 60_000 : null,
        details: e % 2 ? '{"method":"breast","lastSide":"left"}' : '{"kind":"wet"}',
        moments: '["eye_contact"]',
        cues: "[]",
        feeling: null,
        note: null,
        created_at: at,
        updated_at: at,
        deleted_at: null,
        seq: i * opts.entriesPerFamily + e + 1,
      });
    }

    // A PHQ-9 every two weeks for ten weeks; most families let clinicians see them.
    for (let s = 0; s < 5; s++) {
      const at = now - (s * 14 + (i % 7)) * DAY;
      const flagged = s === 0 && i % 50 === 0;
      add("screenings", {
        id: uuidv7(at),
        user_id: mum,
        baby_id: null,
        family_id: null,
        instrument_id: "phq9",
        instrument_version: "1",
        lang: "en",
        completed_at: at,
        total: 4 + ((i + s) % 12),
        result: JSON.stringify({
          subscales: {},
          bands: [],
          flags: flagged ? [{ type: "self_harm", item: "9" }] : [],
        }),
        for_visit: 0,
        for_clinicians: i % 4 === 3 ? 0 : 1,
        client_id: null,
      });
    }

    if (i % 3 === 0) {
      // Started between ten days ago and a week ahead: due, overdue, answered by the last PHQ-9, or upcoming.
      const startsOn = addCalendarDays(today, (i % 18) - 10);
      add("checkin_requests", {
        id: uuidv7(now - 10 * DAY),
        case_id: caseId,
        family_id: familyId,
        clinician_id: clinicianId,
        caregiver_id: i % 2 ? mum : partner,
        instrument_id: i % 2 ? "phq9" : "gad7",
        starts_on: startsOn,
        every_weeks: i % 9 === 0 ? 2 : null,
        until: null,
        times: i % 9 === 0 ? 6 : null,
        created_at: now - 10 * DAY,
        stopped_at: i % 33 === 0 ? now - DAY : null,
        stopped_by: i % 33 === 0 ? clinicianId : null,
      });
    }
  }

  // Parents before children, for the foreign keys.
  const order: (keyof Database)[] = [
    "users",
    "families",
    "family_members",
    "babies",
    "consents",
    "cases",
    "entries",
    "screenings",
    "checkin_requests",
  ];
  await db.transaction().execute(async (tx) => {
    for (const table of order) {
      const list = (rows[table] ?? []) as Insertable<Database[typeof table]>[];
      for (let at = 0; at < list.length; at += ROWS_PER_INSERT)
        await tx
          .insertInto(table)
          .values(list.slice(at, at + ROWS_PER_INSERT) as never)
          .execute();
    }
    // The change counter stays ahead of every seq, as the repositories keep it.
    await tx
      .updateTable("change_counter")
      .set({ value: opts.families * opts.entriesPerFamily })
      .execute();
  });
  return {
    families: opts.families,
    entries: rows.entries?.length ?? 0,
    screenings: rows.screenings?.length ?? 0,
    checkinRequests: rows.checkin_requests?.length ?? 0,
  };
}
