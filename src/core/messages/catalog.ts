import { engineMessages } from "./engine";
import { reportMessages } from "./report";
import { checksMessages } from "./checks";
import { roundingMessages } from "./rounding";
import { importMessages } from "./import";
import { accountMessages } from "./account";
import { planMessages } from "./plan";

/** Every message by its code; the codes' type is what an error or a notice may carry. */
export const messages = { ...engineMessages, ...reportMessages, ...checksMessages, ...roundingMessages, ...importMessages, ...accountMessages, ...planMessages };

export type MessageCode = keyof typeof messages;
