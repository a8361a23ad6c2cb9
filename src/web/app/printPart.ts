// Print one part of a page (the visit summary inside a case file) rather than all of it: print.css shows
// only the element marked .print-part while the body carries .printing-part, and both marks come off once
// the print dialog closes.
export function printPart(part: HTMLElement | null): void {
  if (!part) return;
  document.body.classList.add("printing-part");
  part.classList.add("print-part");
  const done = () => {
    document.body.classList.remove("printing-part");
    part.classList.remove("print-part");
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}
