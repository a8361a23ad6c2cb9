// The referrals of one family, as the family's page and the clinician's case both list them: each with its
// provider, any note, where it stands and the buttons that move it on. A move goes through whichever route
// the page may use (the family's own, or the case's).
import type { ReactNode } from "react";
import type { ReferralStatus } from "../../../domain/referral";
import type { Referral } from "../../api/careTeam";
import { ReferralProvider, ReferralStatusButtons } from "./referralParts";

export function ReferralList({
  referrals,
  empty,
  itemClassName,
  mover,
  byline,
}: {
  /** Undefined while loading: nothing is said until the list is known. */
  referrals: readonly Referral[] | undefined;
  /** Said when there are none. */
  empty: string;
  itemClassName: string;
  mover: { isPending: boolean; mutate: (move: { id: string; status: ReferralStatus }) => void };
  /** Who suggested it, where the page says so. */
  byline?: (referral: Referral) => ReactNode;
}) {
  return (
    <>
      {referrals && !referrals.length ? <p>{empty}</p> : null}
      <ul className="care-team-list">
        {referrals?.map((r) => (
          <li key={r.id} className={itemClassName}>
            <ReferralProvider referral={r} />
            {byline?.(r)}
            {r.note ? <p className="referral-note">{r.note}</p> : null}
            <ReferralStatusButtons
              referral={r}
              busy={mover.isPending}
              onMove={(status) => mover.mutate({ id: r.id, status })}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
