// One listing in the moderation queue. Folded, it is one compact row of the facts a moderator sorts by (who,
// what kind of review, since when, what they offer and where, how many credentials are checked), so a
// phone is not a scroll through whole forms. Unfolded: everything it says (including the private street
// address), its credentials to check (who, when, how), the decision with the reason the provider will
// read, and its history.
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ModerationDecision, type ModeratorListing, useModerate } from "../../api/directory";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { useDirectoryWords } from "./labels";

const historyActions = [
  "approve",
  "reject",
  "request_changes",
  "resubmit",
  "verify_credential",
  "credential_changes_approve",
  "credential_changes_reject",
  "claim",
] as const;

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ModerationItem({
  listing: l,
  moderatorId,
  onDone,
}: {
  listing: ModeratorListing;
  moderatorId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const w = useDirectoryWords();
  const moderation = useModerate(l.id);
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const [methods, setMethods] = useState<Record<string, string>>({});
  const [methodMissing, setMethodMissing] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const id = useId();

  const decide = (d: ModerationDecision) => {
    // The provider is always owed a reason for a no or a not yet; say so before the round trip.
    if ("reason" in d && !d.reason.trim()) return setReasonMissing(true);
    if (d.kind === "verify" && !d.method.trim()) return setMethodMissing(d.credential);
    setReasonMissing(false);
    setMethodMissing(null);
    // A verification keeps the listing in the queue; a decision moves it out, said at the page. The promise,
    // not a callback of this row: the refreshed queue may already have taken the row away when it settles.
    // (A failure shows in the row, through moderation.error.)
    moderation.mutateAsync(d).then(
      () => {
        if (d.kind !== "verify") onDone();
      },
      () => undefined,
    );
  };

  const place = l.input.inPerson;
  const who = (actorId: string | null) =>
    actorId === null
      ? ""
      : actorId === moderatorId
        ? t("directory.moderation.by.you")
        : actorId === l.owner?.id
          ? t("directory.moderation.by.owner")
          : t("directory.moderation.by.other");
  const contact = l.contact;
  const checked = l.verifications.filter((c) => c.verified).length;
  const keyFacts = [
    l.services.map((s) => w.term("service", s)).join(", "),
    place ? [place.city, place.region].filter(Boolean).join(", ") : null,
    l.telehealth.length
      ? t("directory.provider.telehealth", { regions: l.telehealth.map(w.region).join(", ") })
      : null,
    l.verifications.length
      ? t("directory.moderation.credentialsChecked", { count: l.verifications.length, checked })
      : t("directory.moderation.credentialsNone"),
  ].filter(Boolean);
  return (
    <li className="card provider-card moderation-item">
      <h2 id={`${id}-name`}>{l.name}</h2>
      <p className="provider-meta">
        {[
          l.review === "credential_change"
            ? t("directory.moderation.credentialChange")
            : l.review === "new"
              ? t("directory.moderation.new")
              : t(`directory.moderation.status.${l.status}`),
          l.owner
            ? t("directory.moderation.owner", { name: l.owner.name, email: l.owner.email })
            : l.applicantEmail
              ? t("directory.moderation.applicant", { email: l.applicantEmail })
              : t("directory.moderation.imported"),
          t("directory.moderation.applied", { date: w.day(l.createdAt) }),
        ].join(" · ")}
      </p>
      <p className="moderation-key-facts">{keyFacts.join(" · ")}</p>
      {l.missing.length && !open ? (
        <p className="moderation-incomplete">{t("directory.moderation.incompleteShort")}</p>
      ) : null}
      <Button
        variant="secondary"
        className="moderation-toggle"
        aria-expanded={open}
        aria-controls={`${id}-details`}
        aria-describedby={`${id}-name`}
        onClick={() => setOpen((o) => !o)}
      >
        {t(open ? "directory.moderation.fold" : "directory.moderation.unfold")}
      </Button>
      <div id={`${id}-details`} className="moderation-details" hidden={!open}>
        {l.organization ? <p className="provider-org">{l.organization}</p> : null}
        {l.moderationNote && l.status !== "approved" ? (
          <p>{t("directory.moderation.note", { note: l.moderationNote })}</p>
        ) : null}
        {l.missing.length ? (
          <p className="moderation-incomplete">
            {t("directory.moderation.incomplete", { problems: l.missing.join("; ") })}
          </p>
        ) : null}
        <p className="provider-about">{l.about}</p>
        <dl className="moderation-facts">
          <Fact term={t("directory.provider.services")}>
            {l.services.map((s) => w.term("service", s)).join(", ")}
          </Fact>
          {l.focus.length ? (
            <Fact term={t("directory.provider.focus")}>
              {l.focus.map((f) => w.term("focus", f)).join(", ")}
            </Fact>
          ) : null}
          {l.approaches.length ? (
            <Fact term={t("directory.provider.approaches")}>
              {l.approaches.map((a) => w.term("approach", a)).join(", ")}
            </Fact>
          ) : null}
          <Fact term={t("directory.provider.languages")}>{l.languages.map(w.language).join(", ")}</Fact>
          <Fact term={t("directory.provider.fees")}>
            {[
              l.fees,
              l.slidingScale ? t("directory.card.slidingScale") : null,
              l.insurance.length
                ? `${t("directory.provider.insurance")}: ${l.insurance.map((i) => w.term("insurance", i)).join(", ")}`
                : null,
            ]
              .filter(Boolean)
              .join(" · ") || "—"}
          </Fact>
          <Fact term={t("directory.provider.where")}>
            {place ? (
              <>
                {[place.address, place.city, place.region, place.postcode, place.country]
                  .filter(Boolean)
                  .join(", ")}
                {place.address && !place.showAddress ? ` ${t("directory.moderation.addressPrivate")}` : ""}
              </>
            ) : null}
            {place && l.telehealth.length ? <br /> : null}
            {l.telehealth.length
              ? t("directory.provider.telehealth", { regions: l.telehealth.map(w.region).join(", ") })
              : null}
          </Fact>
          <Fact term={t("directory.provider.contact")}>
            {[contact.phone, contact.email, contact.website].filter(Boolean).join(" · ")}
          </Fact>
          <Fact term={t("directory.moderation.availability")}>
            {t(l.accepting ? "directory.card.accepting" : "directory.card.notAccepting", {
              date: w.day(l.acceptingConfirmedOn),
            })}
          </Fact>
        </dl>

        <h3>{t("directory.provider.credentials")}</h3>
        {l.verifications.length === 0 ? <p>{t("directory.moderation.noCredentials")}</p> : null}
        <ul className="moderation-credentials">
          {l.verifications.map((c) => (
            <li key={c.type}>
              <strong>{w.term("credential", c.type)}</strong>
              {c.detail ? ` (${c.detail})` : ""}
              {c.verified ? (
                <span>
                  {" "}
                  ·{" "}
                  {t("directory.moderation.verifiedBy", {
                    date: w.day(c.verified.at),
                    method: c.verified.method,
                  })}
                </span>
              ) : (
                <div className="moderation-verify">
                  <Field
                    label={t("directory.moderation.method", { credential: w.term("credential", c.type) })}
                    hint={t("directory.moderation.methodHint")}
                    value={methods[c.type] ?? ""}
                    onChange={(v) => setMethods((m) => ({ ...m, [c.type]: v }))}
                    maxLength={200}
                    error={methodMissing === c.type ? t("directory.moderation.methodNeeded") : null}
                  />
                  <Button
                    variant="secondary"
                    onClick={() =>
                      decide({ kind: "verify", credential: c.type, method: methods[c.type] ?? "" })
                    }
                  >
                    {t("directory.moderation.verify")}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
        {l.pendingCredentials ? (
          <p>
            {t("directory.moderation.proposed", {
              list: l.pendingCredentials
                .map((c) => `${w.term("credential", c.type)}${c.detail ? ` (${c.detail})` : ""}`)
                .join(", "),
            })}
          </p>
        ) : null}

        <Field
          label={t("directory.moderation.reason")}
          hint={t("directory.moderation.reasonHint")}
          value={reason}
          onChange={setReason}
          maxLength={2000}
          error={reasonMissing ? t("directory.moderation.reasonNeeded") : null}
        />
        <ErrorAlert error={moderation.error} />
        {moderation.isSuccess && moderation.variables?.kind === "verify" ? (
          <StatusMessage>{t("directory.moderation.done")}</StatusMessage>
        ) : null}
        <div className="directory-actions">
          {l.review === "credential_change" ? (
            <>
              <Button onClick={() => decide({ kind: "credentials-approve" })}>
                {t("directory.moderation.acceptCredentials")}
              </Button>
              <Button variant="secondary" onClick={() => decide({ kind: "credentials-reject", reason })}>
                {t("directory.moderation.rejectCredentials")}
              </Button>
            </>
          ) : l.status === "approved" ? null : (
            <>
              {l.status === "pending" ? (
                <Button onClick={() => decide({ kind: "approve" })}>
                  {t("directory.moderation.approve")}
                </Button>
              ) : null}
              {l.status === "pending" ? (
                <Button variant="secondary" onClick={() => decide({ kind: "request-changes", reason })}>
                  {t("directory.moderation.requestChanges")}
                </Button>
              ) : null}
              {l.status !== "rejected" ? (
                <Button variant="danger" onClick={() => decide({ kind: "reject", reason })}>
                  {t("directory.moderation.reject")}
                </Button>
              ) : null}
            </>
          )}
        </div>

        <details className="moderation-history">
          <summary>{t("directory.moderation.history", { count: l.events.length })}</summary>
          {l.events.length ? (
            <ol>
              {l.events.map((e, i) => (
                // Events have no id of their own here; their order never changes.
                // biome-ignore lint/suspicious/noArrayIndexKey: the history is append-only
                <li key={i}>
                  {w.day(e.at)}:{" "}
                  {(historyActions as readonly string[]).includes(e.action)
                    ? t(`directory.moderation.actions.${e.action as (typeof historyActions)[number]}`)
                    : e.action}
                  {who(e.actorId) ? ` ${who(e.actorId)}` : ""}
                  {e.reason ? ` (${e.reason})` : ""}
                </li>
              ))}
            </ol>
          ) : (
            <p>{t("directory.moderation.historyEmpty")}</p>
          )}
        </details>
      </div>
    </li>
  );
}
