import { TestPathPatterns } from "@jest/pattern";
import { join } from "path";
import { mayReadDist } from "./distTests";

const root = join(__dirname, "../..");

function selectsDistTests(...patterns: string[]): boolean {
  return mayReadDist(new TestPathPatterns(patterns), root);
}

describe("mayReadDist: whether a run needs the production build", () => {
  it("says yes for a full run", () => {
    expect(selectsDistTests()).toBe(true);
  });

  it.each([["test/build"], ["test/e2e"], ["e2e/taskpane"], ["taskpane"], ["build.test"], ["test/core/rules", "bundleSize"]])(
    "says yes for patterns that select a build or browser test: %s",
    (...patterns) => {
      expect(selectsDistTests(...patterns)).toBe(true);
    }
  );

  it.each([["test/core/rules"], ["test/core", "test/cli"], ["test/excel/writeReport"], ["test/setup"], [join(root, "test/functions")]])(
    "says no for patterns that select neither: %s",
    (...patterns) => {
      expect(selectsDistTests(...patterns)).toBe(false);
    }
  );
});
