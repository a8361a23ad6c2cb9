// A check-in request's replies are shaped by the contract (src/contract/assignments.ts); the route fills them
// from the schedule (domain/checkin-request.ts). Re-exported here so the routes name one place for replies.
export {
  type CaseCheckIn as CaseCheckinView,
  caseCheckinSchema,
  caseCheckinsReply,
  type FamilyCheckIn as FamilyCheckinView,
  familyCheckinsReply,
} from "../../contract/assignments.js";
