/** The members' account (domain.md, the account per party): what the hosts call to build, lay out and print it. */
export { accountFromTables, accountTables } from "./fromTables";
export { accountLayout } from "./layout";
export type { MemberAccount, MembersAccount } from "./types";
export { settleJson } from "./json";
