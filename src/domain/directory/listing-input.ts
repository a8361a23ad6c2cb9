import { z } from "zod";
import { facets, languageCode, telehealthRegion } from "./taxonomy.js";

/**
 * What a provider tells the directory about themself: the body of an application, and of an edit to their
 * own listing. Messages name the field and say what would be accepted, because the person reading them is a
 * busy clinician filling in a form, not a developer.
 */
const text = (max: number) => z.string().trim().max(max, `keep it under ${max} characters`);
const unique = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z
    .array(item)
    .max(max, `choose at most ${max} ${what}`)
    .refine((list) => new Set(list).size === list.length, `list each of the ${what} once`);

/** A list of a facet's keys, each at most once (so never longer than the facet itself). */
const termList = <F extends keyof typeof facets>(facet: F, what: string) =>
  unique(z.enum(facets[facet]), facets[facet].length, what);

export const providerKinds = ["individual", "organization"] as const;
export const listingCountries = ["US", "GB"] as const;
export type ListingCountry = (typeof listingCountries)[number];

export const credentialInputSchema = z
  .object({
    type: z.enum(facets.credential),
    /** Licence or registration number and where it was issued, for the moderator to check. */
    detail: text(200).optional(),
  })
  .strict();

export const placeInputSchema = z
  .object({
    /** Street address; shown on the listing only when the provider chooses to. */
    address: text(200).optional(),
    showAddress: z.boolean().default(false),
    city: text(120).min(1, "give the city or town"),
    region: text(120).optional(),
    postcode: text(12).optional(),
    country: z.enum(listingCountries, "the directory lists places in the US (US) or the UK (GB) for now"),
    /** Given by an import; otherwise the server places the postcode or city on the map itself. */
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  })
  .strict();

export const contactInputSchema = z
  .object({
    phone: text(40)
      .regex(/^\+?[0-9 ().-]{6,}$/, "write the phone number with digits, spaces or dashes")
      .optional(),
    email: z.email("write a whole email address, like name@example.org").max(200).optional(),
    website: z
      .url({ protocol: /^https?$/, error: "write the website's full address, starting https://" })
      .max(300)
      .optional(),
  })
  .strict()
  .refine(
    (c) => c.phone || c.email || c.website,
    "give at least one way to reach you: phone, email or website",
  );

/** Every field of a listing, each checked on its own; how they fit together is checked below. */
export const listingFieldsSchema = z
  .object({
    name: text(120).min(2, "give the name families will see"),
    kind: z.enum(providerKinds),
    /** The practice or organisation an individual works in. */
    organization: text(160).optional(),
    about: text(3000).min(20, "say a little about who you are and how you work (20 characters or more)"),
    services: termList("service", "services").refine((s) => s.length > 0, "choose at least one service"),
    focus: termList("focus", "focus areas").default([]),
    approaches: termList("approach", "approaches").default([]),
    credentials: z.array(credentialInputSchema).max(10, "list at most 10 credentials").default([]),
    languages: unique(
      z.string().regex(languageCode, "use language codes such as en, es, pl or yue"),
      20,
      "languages",
    ).refine((l) => l.length > 0, "list at least one language you see clients in"),
    insurance: termList("insurance", "insurance plans").default([]),
    fees: text(300).optional(),
    slidingScale: z.boolean().default(false),
    accepting: z.boolean(),
    inPerson: placeInputSchema.nullable().default(null),
    telehealth: unique(
      z.string().regex(telehealthRegion, "use region codes such as US, US-CA, GB or GB-SCT"),
      60,
      "telehealth regions",
    ).default([]),
    contact: contactInputSchema,
  })
  .strict();

type ListingFields = z.infer<typeof listingFieldsSchema>;

function listingRules(
  l: Pick<ListingFields, "inPerson" | "telehealth" | "credentials">,
  ctx: z.RefinementCtx,
) {
  if (!l.inPerson && !l.telehealth.length)
    ctx.addIssue({
      code: "custom",
      message: "say where you see clients: an in-person place, telehealth regions, or both",
      path: ["inPerson"],
    });
  if (new Set(l.credentials.map((c) => c.type)).size !== l.credentials.length)
    ctx.addIssue({ code: "custom", message: "list each credential once", path: ["credentials"] });
}

/** A whole listing: what a listing must be before it can be public, and the body of an owner's edit. */
export const listingInputSchema = listingFieldsSchema.superRefine(listingRules);

/**
 * The body of an application. A provider may start with little (their name, an email, what they offer and
 * where), even without an account: the rest waits on the listing, which a moderator cannot approve until it
 * is whole (they ask for changes instead). `email` is where the moderators write back; with no account it is
 * required, and an account made later with the same address takes the application over.
 */
export const applicationInputSchema = listingFieldsSchema
  .extend({
    kind: z.enum(providerKinds).default("individual"),
    about: text(3000).default(""),
    // Unknown until they say so: a listing never claims openings its provider did not confirm.
    accepting: z.boolean().default(false),
    contact: contactInputSchema.optional(),
    email: z.email("write a whole email address, like name@example.org").max(200).optional(),
  })
  .superRefine(listingRules);

/** A stored listing in the words of an application, which may still be incomplete (see above). */
export const storedListingInputSchema = listingFieldsSchema.extend({ about: z.string() });

export type ListingInput = z.infer<typeof listingInputSchema>;
export type ApplicationInput = z.infer<typeof applicationInputSchema>;
export type PlaceInput = z.infer<typeof placeInputSchema>;

/**
 * What a listing still lacks before it can be public, in words a moderator can pass on ("about: say a
 * little about who you are…"); empty when it is whole. An application may arrive incomplete (see above).
 */
export function missingForApproval(listing: z.input<typeof listingInputSchema>): string[] {
  const parsed = listingInputSchema.safeParse(listing);
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => `${i.path.join(".") || "listing"}: ${i.message}`);
}
