/**
 * What a reader of the pane could not read, found in the live page: text that does not fit its
 * box (cut off, or spilling over its neighbours), anything reaching past the pane's edges, and
 * text drawn over other text. Runs inside the browser through `page.evaluate`, so it closes over
 * nothing and uses no helpers from outside its own body.
 */
export function layoutDefects(paneWidth: number): string[] {
  const tolerance = 1;
  const shown = (element: Element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const name = (element: Element) => `<${element.tagName.toLowerCase()}> “${(element.textContent ?? "").trim().slice(0, 40)}”`;
  // Screen-reader-only copies are clipped to a pixel on purpose; nobody reads them on screen.
  const drawn = (element: Element) => {
    const box = element.getBoundingClientRect();
    return shown(element) && box.width > tolerance && box.height > tolerance;
  };
  const defects: string[] = [];

  for (const element of Array.from(document.body.querySelectorAll("*"))) {
    if (!drawn(element)) continue;
    const box = element.getBoundingClientRect();
    if (box.left < -tolerance || box.right > paneWidth + tolerance) {
      defects.push(`${name(element)} reaches past the pane (${Math.round(box.left)}–${Math.round(box.right)} px of ${paneWidth})`);
    }
  }

  const texts: { element: Element; text: string; rects: DOMRect[] }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = (node.textContent ?? "").trim();
    if (!element || text === "" || !drawn(element)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    texts.push({ element, text, rects: Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0) });
  }

  const wrappers = new Set(texts.map((t) => t.element).filter((e) => getComputedStyle(e).display !== "inline"));
  for (const element of wrappers) {
    if (element.scrollWidth > element.clientWidth + tolerance) {
      defects.push(`${name(element)} does not fit its box (${element.scrollWidth} px of text in ${element.clientWidth} px)`);
    }
  }

  const overlap = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      if (a.rects.some((ra) => b.rects.some((rb) => overlap(ra, rb)))) defects.push(`“${a.text.slice(0, 40)}” is drawn over “${b.text.slice(0, 40)}”`);
    }
  });
  // The tabs must fit one row: a tab wrapped under the others reads as a second, different list.
  const tabRows = new Set(
    Array.from(document.querySelectorAll('[role="tab"]'))
      .filter(drawn)
      .map((tab) => Math.round(tab.getBoundingClientRect().top))
  );
  if (tabRows.size > 1) defects.push(`the tab list takes ${tabRows.size} rows at ${paneWidth} px`);
  return defects;
}
