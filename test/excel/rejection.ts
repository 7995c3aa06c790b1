/** The error a promise is rejected with; a promise that resolves fails the test. */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the write to fail");
    },
    (error: unknown) => error
  );
}
