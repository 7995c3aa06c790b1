import { engineBench } from "./engine";

/** `npm run bench`: each area appends its section here. */
const sections: Array<[string, () => string[]]> = [["Engine (src/core/rules)", engineBench]];

for (const [title, run] of sections) {
  console.log(`\n## ${title}`);
  for (const line of run()) console.log(line);
}
