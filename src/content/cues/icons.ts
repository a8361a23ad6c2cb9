/**
 * Small line-art icons for the cue guide, drawn as stroke-only paths on a 48 x 48 grid. Render each path
 * with fill "none", stroke "currentColor" and the stroke settings in `iconStroke`, aria-hidden, next to the
 * cue's name: the icon only helps the eye, the words carry the meaning.
 */
export interface Icon {
  readonly viewBox: "0 0 48 48";
  readonly paths: readonly string[];
}

export const iconStroke = {
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 2,
  strokeLinecap: "round",
  strokeLinejoin: "round",
} as const;

/** A circle as a path: two half arcs. */
const circle = (cx: number, cy: number, r: number): string =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

/** A baby's round head with its curl of hair on top, a little left of centre. */
const faceAt = (cx: number, cy: number, r: number): string[] => [
  circle(cx, cy, r),
  `M${cx - 2} ${cy - r + 0.2}c-1.5-2.6 1-5 3.6-3.6`,
];

/** Two round eyes level with each other: left and right centres, their height and size. */
const eyesAt = (left: number, right: number, cy: number, r: number): string[] => [
  circle(left, cy, r),
  circle(right, cy, r),
];

/** The face most icons share: centred, filling the grid. */
const face = faceAt(24, 25, 16);
const eyesOpen = eyesAt(18.5, 29.5, 22, 1.2);
const eyesClosed = ["M15.5 22.5q3 2.5 6 0", "M26.5 22.5q3 2.5 6 0"];
const eyesHappy = ["M15.5 23q3-3 6 0", "M26.5 23q3-3 6 0"];
const eyesSqueezed = ["M15 19.5l5 3-5 3", "M33 19.5l-5 3 5 3"];
const browsDown = ["M15 16.5l5.5 2", "M33 16.5l-5.5 2"];

/** The round palm and the wrist below it that the two open hands share; only their fingers differ. */
const openPalm = "M15 30c0-4 3-7 9-7s9 3 9 7c0 6-3 10-9 10s-9-4-9-10z";
const wrist = ["M21 40v6", "M28 40v6"];

/** Every icon is drawn on the same grid; to add one, give `icon` its paths in drawing order. */
const icon = (...paths: string[]): Icon => ({ viewBox: "0 0 48 48", paths });

export const icons = {
  /** A face looking straight at you. */
  "face-looking": icon(...face, ...eyesAt(18.5, 29.5, 22, 2.2), "M20.5 31q3.5 2.5 7 0"),
  /** A face turned to one side, with a motion line behind it. */
  "face-away": icon(
    ...faceAt(28, 25, 15),
    ...eyesAt(20, 29, 22, 1.2),
    "M18 31.5h6",
    "M9 17q-4 8 0 16",
    "M4.5 20q-2.5 5 0 10",
  ),
  smile: icon(...face, ...eyesHappy, "M17 29q7 7 14 0"),
  /** Wide, bright eyes under raised brows. */
  "bright-eyes": icon(
    ...face,
    ...eyesAt(18.5, 29.5, 23, 2.8),
    "M15 16.5q3.5-2.5 7 0",
    "M26 16.5q3.5-2.5 7 0",
    circle(24, 32.5, 1.8),
    "M40 6l2-2.5",
    "M43 10.5l3-1",
    "M36 4l-.5-2.5",
  ),
  /** A small face with sound waves: cooing, babbling, feeding sounds. */
  coo: icon(
    ...faceAt(20, 26, 14),
    ...eyesAt(15, 25, 23, 1.1),
    circle(20, 31.5, 2.2),
    "M37 20q3 6 0 12",
    "M42 16q5 10 0 20",
  ),
  /** A baby reaching up with both arms. */
  reach: icon(
    circle(24, 36, 9),
    circle(20.5, 35, 1),
    circle(27.5, 35, 1),
    "M22 40q2 1.5 4 0",
    "M16.5 31c-3-4-5-9-6-14",
    "M31.5 31c3-4 5-9 6-14",
    circle(10, 13, 3.5),
    "M6.5 8.5l-1-2",
    "M10 7.5v-2.5",
    "M13.5 8.5l1-2",
    circle(38, 13, 3.5),
    "M34.5 8.5l-1-2",
    "M38 7.5v-2.5",
    "M41.5 8.5l1-2",
  ),
  /** Slow, smooth waves. */
  "smooth-wave": icon("M5 19c6.5-7 12.5-7 19 0s12.5 7 19 0", "M5 31c6.5-7 12.5-7 19 0s12.5 7 19 0"),
  /** Sharp zigzags: jerky or frantic movement. */
  jerky: icon("M5 20l6-7 6 11 6-11 6 11 6-11 6 7", "M5 35l6-7 6 11 6-11 6 11 6-11 6 7"),
  /** A baby on their tummy, lifting their head. */
  "head-up": icon(
    circle(13, 23, 6),
    circle(11, 22, 0.8),
    "M17 28l4 5",
    "M19 35.5c2-3 7-4.5 12-4.5s10 1.5 12 4.5c-2 3-7 4-12 4s-10-1-12-4z",
    "M21 37l-4 3.5h-4",
    "M4 43h40",
  ),
  /** A mouth opening wide. */
  "mouth-open": icon(...face, ...eyesOpen, "M20 32a4 4.5 0 1 0 8 0a4 4.5 0 1 0 -8 0"),
  /** Head turning, mouth open, searching: rooting. */
  rooting: icon(
    ...face,
    ...eyesClosed,
    "M27 32a3.2 2.6 0 1 0 6.4 0a3.2 2.6 0 1 0 -6.4 0",
    "M40 32h5",
    "M42.5 29.5l2.5 2.5-2.5 2.5",
  ),
  /** A fist at the mouth. */
  "hand-to-mouth": icon(...face, ...eyesOpen, circle(26, 33, 4.5), "M23 31.5h5", "M23 34.5h5", "M30 36l9 10"),
  /** Closed eyes and a tall open mouth. */
  yawn: icon(...face, ...eyesClosed, "M20.5 31.5a3.5 5.5 0 1 0 7 0a3.5 5.5 0 1 0 -7 0"),
  /** A fist rubbing one eye. */
  "eye-rub": icon(
    ...face,
    eyesClosed[1] as string,
    circle(17.5, 22, 5),
    "M14 20.5h6",
    "M14 23.5h6",
    "M14 26.5l-8 16",
    "M21 32.5q3-2 6 0",
  ),
  /** Squeezed eyes, open mouth and tears. */
  crying: icon(
    ...face,
    ...eyesSqueezed,
    "M18 35q6-9 12 0q-6 3-12 0z",
    "M12.5 27.5q-2.5 3.5 0 5q2.5-1.5 0-5z",
    "M35.5 27.5q-2.5 3.5 0 5q2.5-1.5 0-5z",
  ),
  /** Flushed cheeks, knitted brows and an open mouth: crying hard. */
  flushed: icon(
    ...face,
    ...browsDown,
    ...eyesSqueezed,
    "M19 35q5-8 10 0q-5 2.5-10 0z",
    "M11 31l3-3",
    "M13.5 33l3-3",
    "M37 31l-3-3",
    "M34.5 33l-3-3",
  ),
  /** A clenched fist. */
  fist: icon(
    "M12 19a3 3 0 0 1 6 0a3 3 0 0 1 6 0a3 3 0 0 1 6 0a3 3 0 0 1 6 0v11a10 10 0 0 1-10 10h-4a10 10 0 0 1-10-10z",
    "M18 19v6",
    "M24 19v6",
    "M30 19v6",
    "M12 28c4-1 8-1 12 1",
    "M18 40v6",
    "M30 40v6",
  ),
  /** An open hand with fingers spread wide. */
  "splayed-fingers": icon(
    openPalm,
    "M17 25l-7-10",
    "M21 23l-3-14",
    "M26 23l1-15",
    "M30 25l6-12",
    "M32.5 31l10-5",
    ...wrist,
  ),
  /** An open, relaxed hand, the fingers softly curled. */
  "open-hand": icon(
    openPalm,
    "M17 25q-5-4-5-10",
    "M21 23q-3-6-1-12",
    "M26 23q0-6 3-11",
    "M30 25q3-5 7-7",
    "M32.5 31q5 1 8-2",
    ...wrist,
  ),
  /** A raised hand, palm out, fingers together: "stop". */
  palm: icon(
    "M16 36V15a2.5 2.5 0 0 1 5 0v-3a2.5 2.5 0 0 1 5 0v1a2.5 2.5 0 0 1 5 0v3a2.5 2.5 0 0 1 5 0v14c0 7-4 12-10 12s-10-3-10-6z",
    "M16 30l-4-4a2.5 2.5 0 0 0-4 3l8 9",
    "M6 10l3 2",
    "M42 10l-3 2",
  ),
  /** A baby on their back, arching away. */
  arching: icon(
    circle(10, 32, 5),
    "M15 30c6-12 18-14 24-4",
    "M39 26l6 8",
    "M38 28l2 8",
    "M20 25l-4-7",
    "M3 42h42",
  ),
  /** Heavy, half-closed eyes. */
  "sleepy-eyes": icon(
    ...face,
    "M15.5 22h6",
    "M15.5 22q3 3 6 0",
    "M26.5 22h6",
    "M26.5 22q3 3 6 0",
    "M22 32h4",
    "M36 3h5l-5 5h5",
  ),
  /** Eyes closed, asleep. */
  asleep: icon(...face, ...eyesClosed, "M22 32q2 1.5 4 0", "M36 4h5l-5 5h5", "M42.5 12h3.5l-3.5 3.5h3.5"),
  /** A fixed, faraway stare. */
  stare: icon(...face, ...eyesAt(18.5, 29.5, 22, 2.5), "M20 32h8"),
  /** Knitted brows and a downturned mouth: grimacing, frowning, fussing. */
  frown: icon(...face, ...browsDown, ...eyesOpen, "M18.5 34q5.5-5 11 0"),
  /** A small face with quick breath lines. */
  breath: icon(
    ...faceAt(19, 25, 13),
    ...eyesAt(14.5, 23.5, 22, 1.1),
    circle(20, 30.5, 1.8),
    "M35 20h7",
    "M36 26h9",
    "M35 32h7",
  ),
  /** A hand held to the ear. */
  ear: icon(
    ...faceAt(27, 25, 15),
    ...eyesAt(23, 33, 22, 1.2),
    "M25 31.5h6",
    circle(10, 24, 5),
    "M6.5 22h7",
    "M6.5 25.5h7",
    "M9 29l-3 15",
  ),
  /** A face with movement marks on both sides: stirring. */
  stir: icon(
    ...faceAt(24, 25, 13),
    "M17.5 23q2.5 2 5 0",
    "M25.5 23q2.5 2 5 0",
    "M22 31q2 1.5 4 0",
    "M7 18q-3 7 0 14",
    "M41 18q3 7 0 14",
  ),
  /** A small figure stretching out arms and legs. */
  stretch: icon(circle(24, 11, 6), "M24 17v14", "M24 21l-11-9", "M24 21l11-9", "M24 31l-8 12", "M24 31l8 12"),
  /** A face with small puffs by the mouth: coughing or choking. */
  cough: icon(
    ...faceAt(20, 25, 14),
    "M12 20.5l4 2-4 2",
    "M28 20.5l-4 2 4 2",
    circle(22, 31, 2.2),
    circle(38, 31, 2.5),
    circle(43.5, 25.5, 2),
    circle(41.5, 37.5, 1.8),
  ),
  /** A tense face with movement marks: agitated, wriggling. */
  wriggle: icon(
    ...faceAt(24, 25, 12),
    "M18 21l4 2-4 2",
    "M30 21l-4 2 4 2",
    "M21 31q3-2 6 0",
    "M5 17l5 2.5",
    "M4 25h6",
    "M5 33l5-2.5",
    "M43 17l-5 2.5",
    "M44 25h-6",
    "M43 33l-5-2.5",
  ),
} as const satisfies Record<string, Icon>;

export type IconKey = keyof typeof icons;
