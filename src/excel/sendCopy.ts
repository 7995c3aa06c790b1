import { freezeWorkbook, type SentCopy } from "../xlsx/freeze";
import { excelError } from "./messages";

/** Office hands a compressed file over in slices of at most 4 MB (its default and its maximum). */
const SLICE_SIZE = 4 * 1024 * 1024;

/** An Office callback API as a promise; a failure keeps Office's error. */
function officeCall<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(result.error)))
  );
}

function reasonOf(error: unknown): string {
  return error instanceof Error || (typeof error === "object" && error !== null && "message" in error)
    ? String((error as { message: unknown }).message)
    : String(error);
}

/**
 * The open workbook as an .xlsx file (Office.FileType.Compressed), slice by slice. The file is
 * always closed: Office keeps at most two in memory and refuses the next one otherwise.
 */
async function workbookFile(): Promise<Uint8Array> {
  let file: Office.File;
  try {
    file = await officeCall<Office.File>((done) => Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, done));
  } catch (error) {
    throw excelError("sendCopyUnreadable", { reason: reasonOf(error) });
  }
  try {
    const bytes = new Uint8Array(file.size);
    let at = 0;
    for (let index = 0; index < file.sliceCount; index++) {
      // One slice at a time, in order: Office.js gives no way to ask for several at once.
      const slice = await officeCall<Office.Slice>((done) => file.getSliceAsync(index, done));
      bytes.set(slice.data as ArrayLike<number>, at);
      at += slice.data.length;
    }
    return bytes.subarray(0, at);
  } catch (error) {
    throw excelError("sendCopyUnreadable", { reason: reasonOf(error) });
  } finally {
    await officeCall<void>((done) => file.closeAsync(done)).catch(() => undefined);
  }
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  // In pieces: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/**
 * "Skicka en kopia": the open workbook's file, frozen (workbook.md "Sending a workbook"), opened
 * as a new workbook for the user to save and send. The open workbook itself is not changed.
 */
export async function sendCopy(): Promise<SentCopy> {
  const frozen = freezeWorkbook(await workbookFile());
  try {
    await Excel.createWorkbook(base64(frozen.bytes));
  } catch (error) {
    throw excelError("sendCopyNotOpened", { reason: reasonOf(error) });
  }
  return { frozen: frozen.frozen.length, warnings: frozen.warnings };
}
