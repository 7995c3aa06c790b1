import { screen, waitFor, within } from "@testing-library/react";

/** The texts of an element as a reader takes them in: separate pieces (a title, its sentence, an amount) spaced, spaces plain. */
export function words(element: HTMLElement): string {
  const texts: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? "");
  return texts.join(" ").replace(/\s+/g, " ").trim();
}

/** Every message bar of the pane, as read: what it says, in order. */
export function messages(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>(".fui-MessageBarBody")).map(words);
}

/** Waits until a message bar says exactly `text`, then gives all the messages shown. */
export async function messagesOnceShown(text: string): Promise<string[]> {
  await waitFor(() => expect(messages()).toContain(text));
  return messages();
}

/** A table of the pane as the cells of each row, read as words. */
export function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole("row")
    .map((row) => within(row).getAllByRole("cell").map(words));
}

/** The rows of the table named `name`. */
export function tableRows(name: string): string[][] {
  return rowsOf(screen.getByRole("table", { name }));
}

/** The pane's whole text, spaces plain: Fluent may split a sentence over elements. */
export function paneText(): string {
  return (document.body.textContent ?? "").replace(/\s+/g, " ");
}

/** The accessible names of the buttons inside `element`, in order. */
export function buttonNames(element: HTMLElement): string[] {
  return within(element)
    .queryAllByRole("button")
    .map((button) => button.getAttribute("aria-label") ?? words(button));
}
