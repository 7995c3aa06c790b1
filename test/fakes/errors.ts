/** What Office.js rejects a sync with (OfficeExtension.Error): a code and a message. */
export class FakeOfficeError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "OfficeExtension.Error";
    this.code = code;
  }
}
