import { uuidv7 } from "../../domain/ids.js";
import { addCalendarDays, localDate, wallClock, zonedTime } from "../../domain/time.js";

/**
 * Two weeks of an ordinary, unremarkable log for a young baby, the way a family might really keep it:
 * feeds every two to three hours that alternate sides, diapers, naps and night sleep, a bath every other
 * day, tummy time and reading, an evening crying spell now and then, a weigh-in each week, and moments of
 * connection scattered through it. Seeded, so every demo looks the same.
 */
export interface DemoEntry {
  id: string;
  babyId: string;
  type: string;
  startedAt: string;
  endedAt?: string;
  details: Record<string, unknown>;
  moments: string[];
  cues: string[];
  feeling?: number;
  note?: string;
}

/** A small deterministic generator (mulberry32): the demo must not change from run to run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIN = 60_000;
const DAY = 86_400_000;

export function demoHistory(
  babyId: string,
  days: number,
  now: number,
  timeZone: string,
  seed = 7,
): DemoEntry[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const some = <T>(items: readonly T[], max: number): T[] =>
    items.filter(() => random() < max / items.length).slice(0, max);
  const entries: DemoEntry[] = [];
  const add = (
    type: string,
    start: number,
    minutes: number | null,
    details: Record<string, unknown>,
    extra: Partial<DemoEntry> = {},
  ) => {
    if (start + (minutes ?? 0) * MIN > now - 5 * MIN) return;
    entries.push({
      id: uuidv7(start),
      babyId,
      type,
      startedAt: new Date(start).toISOString(),
      ...(minutes === null ? {} : { endedAt: new Date(start + minutes * MIN).toISOString() }),
      details,
      moments: [],
      cues: [],
      ...extra,
    });
  };

  const firstDay = now - days * DAY;
  let side: "left" | "right" = "left";
  for (let t = firstDay; t < now; ) {
    const hour = wallClock(t, timeZone).hour;
    const night = hour >= 22 || hour < 6;
    // A breast feed on one side then the other, the next feed starting on the side this one ended on.
    const first: "left" | "right" = side;
    const second: "left" | "right" = first === "left" ? "right" : "left";
    const a = 8 + Math.floor(random() * 8);
    const b = 5 + Math.floor(random() * 8);
    side = second;
    add(
      "feed",
      t,
      a + b,
      { method: "breast", [`${first}Seconds`]: a * 60, [`${second}Seconds`]: b * 60, lastSide: second },
      {
        moments: night
          ? some(["cuddling", "skin_to_skin"], 1)
          : some(["eye_contact", "talking", "singing"], 2),
        cues: [pick(["hungry", "calm", "sleepy"])],
      },
    );
    add("diaper", t + (a + b + 3) * MIN, null, { kind: pick(["wet", "wet", "both", "dirty"]) });
    if (night) {
      add("sleep", t + (a + b + 10) * MIN, 120 + Math.floor(random() * 60), {
        where: "bassinet",
        fellAsleep: pick(["feeding", "rocking", "holding"]),
      });
    } else {
      const awake = t + (a + b + 15) * MIN;
      if (random() < 0.6)
        add(
          "play",
          awake,
          5 + Math.floor(random() * 10),
          { kinds: some(["tummy_time", "face_to_face", "songs"], 2) },
          {
            moments: some(["eye_contact", "smiling_together", "copying_expressions", "talking"], 2),
            cues: [pick(["alert_engaged", "content", "looking_away"])],
          },
        );
      if (random() < 0.25)
        add("reading", awake + 15 * MIN, 5, {}, { moments: ["reading", "talking"], cues: ["alert_engaged"] });
      add("sleep", awake + 45 * MIN, 30 + Math.floor(random() * 70), {
        where: pick(["crib", "carrier", "stroller", "arms"]),
        fellAsleep: pick(["feeding", "rocking", "holding", "carrier"]),
      });
      // Evening fussing is common at this age; what helped is what the crying helper learns from later.
      if (hour >= 17 && hour < 20 && random() < 0.5)
        add(
          "soothing",
          t + 70 * MIN,
          15 + Math.floor(random() * 25),
          { helped: some(["holding_close", "rocking", "shushing", "walking", "skin_to_skin"], 2) },
          { cues: ["crying"], moments: ["cuddling"] },
        );
    }
    t += (night ? 170 : 140) * MIN + Math.floor(random() * 40) * MIN;
  }

  const today = localDate(now, timeZone);
  for (let d = days; d > 0; d--) {
    const evening = zonedTime(addCalendarDays(today, -d), 18, 30, timeZone);
    if (d % 2 === 0)
      add(
        "bath",
        evening,
        15,
        {},
        { moments: ["eye_contact", "singing", "smiling_together"], cues: ["calm"] },
      );
    if (d % 3 === 0) add("massage", evening + 20 * MIN, 10, {}, { moments: ["cuddling", "talking"] });
    if (d % 4 === 1) add("skin_to_skin", evening - 3 * 3_600_000, 40, {}, { moments: ["skin_to_skin"] });
    if (d % 7 === 3)
      add("growth", evening - 6 * 3_600_000, null, {
        weightKg: Math.round((4.1 + (days - d) * 0.03) * 100) / 100,
        lengthCm: Math.round((54 + (days - d) * 0.12) * 10) / 10,
      });
  }
  add(
    "appointment",
    zonedTime(addCalendarDays(today, -6), 10, 0, timeZone),
    45,
    { kind: "pediatric", with: "Dr. Okafor" },
    { note: "Six-week check. Growing well." },
  );
  return entries.sort((x, y) => x.startedAt.localeCompare(y.startedAt));
}
