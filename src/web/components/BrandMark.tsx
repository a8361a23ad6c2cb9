// The Attune mark without the icon's cream tile, so the header does not glow in the night theme.
// Same drawing as public/icons/icon.svg: a caregiver and a baby, and the bond where they overlap.
export function BrandMark() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="70 116 360 304" width="38" height="32">
      <defs>
        <clipPath id="brand-caregiver">
          <circle cx="214" cy="276" r="136" />
        </clipPath>
      </defs>
      <circle cx="214" cy="276" r="136" fill="#c4582f" />
      <circle cx="336" cy="216" r="92" fill="#eeaa4e" />
      <circle cx="336" cy="216" r="92" fill="#8e3a1c" clipPath="url(#brand-caregiver)" />
    </svg>
  );
}
