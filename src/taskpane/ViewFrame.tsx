import type { ReactNode } from "react";
import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Every view's frame: its heading, an optional introduction, then its controls in one column. */
export function ViewFrame({ heading, intro, children }: { heading: string; intro?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{heading}</Subtitle2>
      {intro && <Text size={200}>{intro}</Text>}
      {children}
    </div>
  );
}
