import { readFileSync, rmSync, writeFileSync } from "fs";

/** How long a run waits for another run's build before giving up (a production build takes about a minute). */
const patience = 10 * 60_000;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** A lock whose holder was killed (Ctrl-C during a build) must not block every later run. */
function holderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lock, "utf8"));
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw error;
  }
  // Empty while the holder is still writing its pid.
  if (!pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

/** Creating the file with "wx" fails if it exists, so exactly one process takes the lock. */
function tryLock(lock: string): boolean {
  try {
    writeFileSync(lock, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if (errorCode(error) !== "EEXIST") throw error;
    if (holderAlive(lock)) return false;
    rmSync(lock, { force: true });
    return tryLock(lock);
  }
}

/**
 * Runs `task` while holding the lock file `lock`, after waiting for any other process (or caller)
 * that holds it; concurrent test runs thereby build dist/ one after the other, and the later one
 * finds it fresh.
 */
export async function withLock<T>(
  lock: string,
  task: () => T,
  { pollMs = 500, onWait = () => {} }: { pollMs?: number; onWait?: () => void } = {}
): Promise<T> {
  const deadline = Date.now() + patience;
  for (let waited = false; !tryLock(lock); waited = true) {
    if (!waited) onWait();
    if (Date.now() > deadline) {
      throw new Error(`${lock} has been held for ${patience / 60_000} minutes; delete it if no test run is building`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  try {
    return task();
  } finally {
    rmSync(lock, { force: true });
  }
}
