export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: { name: string; description?: string; [field: string]: unknown }[];
  [field: string]: unknown;
}

export interface Translation {
  name: string;
  description: string;
  /** A formula written the way the locale writes it (";" between arguments, decimal comma). */
  example: string;
  parameters: Record<string, { name: string; description: string }>;
}

export function localizeMetadata(
  metadata: { functions: FunctionMetadata[] },
  table: Record<string, Translation>,
  exampleWord: string
): { metadata: { functions: FunctionMetadata[] }; problems: string[] };

export function withErrorInputs<M extends { functions: FunctionMetadata[] }>(
  metadata: M
): M & { allowErrorForDataTypeAny: true };
