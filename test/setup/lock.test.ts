import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { withLock } from "./lock";

describe("withLock", () => {
  let folder: string;
  let lock: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "oit-lock-"));
    lock = join(folder, "build.lock");
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("runs the task, returns its result and releases the lock", async () => {
    await expect(withLock(lock, () => existsSync(lock))).resolves.toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it("releases the lock when the task throws", async () => {
    await expect(
      withLock(lock, () => {
        throw new Error("build failed");
      })
    ).rejects.toThrow("build failed");
    expect(existsSync(lock)).toBe(false);
  });

  it("waits while a live process holds the lock", async () => {
    writeFileSync(lock, String(process.ppid));
    let released = false;
    setTimeout(() => {
      released = true;
      rmSync(lock);
    }, 200);
    const onWait = jest.fn();
    await expect(withLock(lock, () => released, { pollMs: 20, onWait })).resolves.toBe(true);
    expect(onWait).toHaveBeenCalledTimes(1);
  });

  it("takes over a lock left by a process that is gone", async () => {
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(lock, String(gone));
    const started = Date.now();
    const onWait = jest.fn();
    await expect(withLock(lock, () => "built", { pollMs: 1000, onWait })).resolves.toBe("built");
    expect(onWait).not.toHaveBeenCalled();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("lets waiting callers in one after the other, each holding the lock", async () => {
    const holders: string[] = [];
    writeFileSync(lock, String(process.ppid));
    const waiting = [1, 2].map(() => withLock(lock, () => holders.push(readFileSync(lock, "utf8")), { pollMs: 10 }));
    setTimeout(() => rmSync(lock), 50);
    await Promise.all(waiting);
    expect(holders).toEqual([String(process.pid), String(process.pid)]);
    expect(existsSync(lock)).toBe(false);
  });
});
