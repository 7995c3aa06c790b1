/**
 * Office.context.document.getFileAsync and Excel.createWorkbook as Microsoft documents them:
 * only the compressed (.xlsx) type in Excel, slices of at most 4 MB (4 MB by default), slice data
 * as an array of bytes, at most two files in memory (a file not closed makes the third request
 * fail), no slice of a closed file, and createWorkbook taking a base64-encoded .xlsx.
 */

const MAX_SLICE = 4 * 1024 * 1024;
const MAX_OPEN_FILES = 2;

type Callback<T> = (result: { status: "succeeded" | "failed"; value: T; error?: { code: number; name: string; message: string } }) => void;

function failed<T>(callback: Callback<T>, code: number, message: string): void {
  callback({ status: "failed", value: undefined as T, error: { code, name: "OSF.DDA.AsyncResult", message } });
}

export class FakeDocumentFiles {
  /** The workbook as Excel would save it now; getFileAsync fails while there is none. */
  content?: Uint8Array;
  /** Files handed out and not yet closed. */
  open = 0;
  /** Every slice handed out, by index, to check a reader asks for each once, in order. */
  readonly slicesRead: number[] = [];
  /** The decoded bytes of every workbook Excel.createWorkbook opened. */
  readonly created: Uint8Array[] = [];

  getFileAsync(fileType: string, options: { sliceSize?: number } | Callback<unknown>, maybeCallback?: Callback<unknown>): void {
    const callback = (typeof options === "function" ? options : maybeCallback) as Callback<unknown>;
    const sliceSize = (typeof options === "object" ? options.sliceSize : undefined) ?? MAX_SLICE;
    if (fileType !== "compressed") return failed(callback, 5000, `Excel hands out the compressed file type only, not ${fileType}`);
    if (!(sliceSize > 0 && sliceSize <= MAX_SLICE)) return failed(callback, 5001, "sliceSize must be between 1 and 4194304");
    if (this.open >= MAX_OPEN_FILES) return failed(callback, 5002, "No more than two documents are allowed in memory");
    const content = this.content;
    if (!content) return failed(callback, 5003, "The document could not be read");
    this.open++;
    let closed = false;
    const file = {
      size: content.length,
      sliceCount: Math.ceil(content.length / sliceSize),
      getSliceAsync: (index: number, sliceCallback: Callback<unknown>) => {
        if (closed) return failed(sliceCallback, 5004, "The file is closed");
        if (!(index >= 0 && index < file.sliceCount)) return failed(sliceCallback, 5005, `No slice ${index}`);
        this.slicesRead.push(index);
        const data = Array.from(content.subarray(index * sliceSize, (index + 1) * sliceSize));
        sliceCallback({ status: "succeeded", value: { data, index, size: data.length } });
      },
      closeAsync: (closeCallback?: Callback<void>) => {
        if (!closed) this.open--;
        closed = true;
        closeCallback?.({ status: "succeeded", value: undefined });
      },
    };
    callback({ status: "succeeded", value: file });
  }

  async createWorkbook(base64?: string): Promise<void> {
    const binary = atob(base64 ?? "");
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    if (base64 !== undefined && (bytes[0] !== 0x50 || bytes[1] !== 0x4b)) throw new Error("GeneralException: the base64 string is not an .xlsx file");
    this.created.push(bytes);
  }
}
