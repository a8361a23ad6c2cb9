import type { FastifyRequest } from "fastify";
import { describe, expect, it } from "vitest";
import { loadedBy, loadingPolicy, withInputCheck } from "../../src/server/policies/policy.js";

// A request as the gate sees it: only the route's policy matters to loadedBy.
const requestOn = (policy: unknown) =>
  ({ routeOptions: { config: { policy } } }) as unknown as FastifyRequest;
const actor = { id: "u1", role: "caregiver" as const, isAdmin: false };

describe("loading policies hand what they read to their own route's handler", () => {
  const babyPolicy = loadingPolicy("baby", async () => ({ baby: { id: "b1" } }));
  const otherPolicy = loadingPolicy("other", async () => ({ other: true }));

  it("gives the handler exactly what the policy loaded for this request", async () => {
    const request = requestOn(babyPolicy);
    expect(await babyPolicy.allows(actor, request)).toBe(true);
    expect(loadedBy(babyPolicy, request)).toEqual({ baby: { id: "b1" } });
  });

  it("refuses loudly when the route is guarded by another policy, or nothing was loaded yet", async () => {
    const request = requestOn(otherPolicy);
    await otherPolicy.allows(actor, request);
    expect(() => loadedBy(babyPolicy, request)).toThrow(/baby: asked for what it loaded/);
    expect(() => loadedBy(babyPolicy, requestOn(babyPolicy))).toThrow(/does not guard/);
  });

  it("refuses a request without a session before loading anything", async () => {
    let loads = 0;
    const counting = loadingPolicy("counting", async () => ({ n: ++loads }));
    expect(await counting.allows(null, requestOn(counting))).toBe(false);
    expect(loads).toBe(0);
  });

  it("lets an input check decide with what the URL's loader read", async () => {
    const record = loadingPolicy("record", async () => ({ familyId: "f1" }));
    const sameFamily = withInputCheck(record, (_actor, _request, loaded) => loaded.familyId === "f1");
    const request = requestOn(sameFamily);
    await sameFamily.allows(actor, request);
    expect(await sameFamily.allowsInput?.(actor, request)).toBe(true);
    expect(loadedBy(sameFamily, request)).toEqual({ familyId: "f1" });
  });
});
