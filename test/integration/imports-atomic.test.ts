// An import is all or nothing, on both databases: when the database fails half-way through a large batch (a
// trigger makes it fail on one row of the second chunk), nothing of the batch is left, not its entries, not its
// record; the same file then imports whole once the fault is gone. And two rows that share a key (two
// diapers in one minute) are two entries, never one id twice.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHuckleberry } from "../../src/domain/import/huckleberry.js";
import { csvRows } from "../../src/server/imports/csv-rows.js";
import { importedEntryId } from "../../src/server/imports/entry-id.js";
import { type TwoFamilies, twoFamilies } from "../support/family-fixture.js";
import { databaseKinds, startTestServer, type TestServer } from "../support/test-server.js";

const HEADER = '"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"';
const minute = (i: number) => {
  const at = new Date(Date.UTC(2026, 8, 1, 6, 0) + i * 60_000).toISOString();
  return `${at.slice(0, 10)} ${at.slice(11, 16)}`;
};
// 700 diapers a minute apart: two chunks of the 500 rows an insert takes.
const BIG = [HEADER, ...Array.from({ length: 700 }, (_, i) => `"Diaper","${minute(i)}",,,,,"Pee",`)].join(
  "\n",
);

describe.each(databaseKinds)("an import is all or nothing on %s", (kind) => {
  let server: TestServer;
  let f: TwoFamilies;
  const post = (csv: string, dryRun = "false") =>
    f.mum.request(
      "POST",
      `/api/babies/${f.babyId}/imports?${new URLSearchParams({ timeZone: "UTC", dryRun })}`,
      csv,
      { "content-type": "text/csv" },
    );
  const count = async () => {
    const db = server.app.attune.database.db;
    const entries = await db
      .selectFrom("entries")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("baby_id", "=", f.babyId)
      .executeTakeFirstOrThrow();
    const imports = await db
      .selectFrom("imports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("baby_id", "=", f.babyId)
      .executeTakeFirstOrThrow();
    return { entries: Number(entries.n), imports: Number(imports.n) };
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    f = await twoFamilies(server);
  });
  afterAll(() => server?.close());

  it("leaves nothing when the database fails half-way, then imports whole", async () => {
    const db = server.app.attune.database.db;
    const drafts = parseHuckleberry(csvRows(BIG), "UTC").drafts;
    const failing = importedEntryId(f.babyId, drafts[600]?.key ?? "");
    if (kind === "sqlite")
      await sql`create trigger fail_once before insert on import_entries when new.entry_id = ${sql.lit(failing)}
        begin select raise(abort, 'the disk failed'); end`.execute(db);
    else {
      await sql`create function fail_once() returns trigger as $$ begin
        if new.entry_id = ${sql.lit(failing)} then raise exception 'the disk failed'; end if; return new;
        end $$ language plpgsql`.execute(db);
      await sql`create trigger fail_once before insert on import_entries for each row execute function fail_once()`.execute(
        db,
      );
    }
    const failed = await post(BIG);
    expect(failed.status).toBe(500);
    expect(await count()).toEqual({ entries: 0, imports: 0 });

    await sql`drop trigger fail_once${sql.raw(kind === "postgres" ? " on import_entries" : "")}`.execute(db);
    const whole = await post(BIG);
    expect(whole.status).toBe(201);
    expect(whole.json).toMatchObject({ added: 700, duplicates: 0 });
    expect(await count()).toEqual({ entries: 700, imports: 1 });
  });

  it("keeps two rows that share a type and a minute as two entries, once", async () => {
    const twins = [
      HEADER,
      '"Diaper","2026-10-01 08:00",,,,,"Pee",',
      '"Diaper","2026-10-01 08:00",,,,,"Poo",',
    ].join("\n");
    const first = await post(twins);
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ added: 2, duplicates: 0 });
    expect((await post(twins)).json).toMatchObject({ added: 0, duplicates: 2 });
  });
});
