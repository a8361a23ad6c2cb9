/**
 * A shared observation: a few words a clinician sends the family about what they saw go right between a
 * caregiver and the baby ("I can see how much Robin looks for your face").
 *
 * Why strengths-based: a parent who feels watched and judged pulls back, and one who is shown what they
 * already do well does more of it. Naming a moment of connection back to a caregiver (the "reflect back what
 * you observe" of dyadic and infant mental health work, and the positive focus of video-feedback approaches)
 * builds their confidence and helps them see their baby's cues as messages meant for them. Worries belong in
 * the clinician's notes and in conversation, not in a message that arrives on a phone at 3 a.m. So the
 * product calls these observations, keeps them short, and never scores them.
 */
export const OBSERVATION_MAX = 1000;
