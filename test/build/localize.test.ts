import { localizeMetadata, withErrorInputs } from "../../scripts/localize-metadata";

const generated = {
  functions: [
    {
      id: "ALLOCATE",
      name: "ALLOCATE",
      description: "Splits an amount.",
      parameters: [
        { name: "amount", description: "The amount.", type: "any", dimensionality: "matrix" },
        { name: "key", description: "The shares.", type: "any", dimensionality: "matrix" },
      ],
      result: { type: "number", dimensionality: "matrix" },
    },
  ],
};

const table = {
  ALLOCATE: {
    name: "FÖRDELA",
    description: "Fördelar ett belopp.",
    example: "=OIT.FÖRDELA(1000; B2:C2)",
    parameters: {
      amount: { name: "belopp", description: "Beloppet." },
      key: { name: "nyckel", description: "Andelarna." },
    },
  },
};

describe("localizeMetadata", () => {
  it("replaces names and descriptions by id and parameter name, keeping types and order", () => {
    const { metadata, problems } = localizeMetadata(generated, table, "Exempel");
    expect(problems).toEqual([]);
    const [f] = metadata.functions;
    expect(f).toMatchObject({
      id: "ALLOCATE",
      name: "FÖRDELA",
      description: "Fördelar ett belopp. Exempel: =OIT.FÖRDELA(1000; B2:C2)",
      result: { type: "number", dimensionality: "matrix" },
    });
    expect(f.parameters).toEqual([
      { name: "belopp", description: "Beloppet.", type: "any", dimensionality: "matrix" },
      { name: "nyckel", description: "Andelarna.", type: "any", dimensionality: "matrix" },
    ]);
  });

  it("reports a function or parameter without a translation", () => {
    const { problems } = localizeMetadata(
      generated,
      { ALLOCATE: { ...table.ALLOCATE, parameters: { amount: table.ALLOCATE.parameters.amount } } },
      "Exempel"
    );
    expect(problems).toEqual(["no translation for parameter ALLOCATE(key)"]);
    expect(localizeMetadata(generated, {}, "Exempel").problems).toEqual([
      "no translation for function ALLOCATE",
    ]);
  });

  it("reports a translation of something the source no longer has", () => {
    const stale = {
      ...table,
      KEY: { ...table.ALLOCATE, name: "NYCKEL" },
      ALLOCATE: {
        ...table.ALLOCATE,
        parameters: { ...table.ALLOCATE.parameters, shares: { name: "andelar", description: "x" } },
      },
    };
    expect(localizeMetadata(generated, stale, "Exempel").problems.sort()).toEqual([
      "translation for unknown function KEY",
      "translation for unknown parameter ALLOCATE(shares)",
    ]);
  });
});

describe("withErrorInputs", () => {
  it("lets error values through to the functions, keeping everything else", () => {
    const metadata = withErrorInputs(generated);
    expect(metadata).toEqual({ ...generated, allowErrorForDataTypeAny: true });
    // What the Swedish file is made from carries it too.
    expect(localizeMetadata(metadata, table, "Exempel").metadata).toMatchObject({ allowErrorForDataTypeAny: true });
  });
});
